package org.xuefa.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xuefa.base.BusinessException;

/**
 * What a new password must be: at least {@code xuefa.password.min-length} characters (12 by default), not one of
 * the bundled common passwords (security/common-passwords-*.txt, Chinese and English top lists from SecLists),
 * not containing the user name, and not the password it replaces. Also a rough strength estimate for the forms.
 */
@Component
class PasswordPolicy {
    static final String[] LISTS = {"security/common-passwords-zh.txt", "security/common-passwords-en.txt"};

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(@Value("${xuefa.password.min-length:12}") int minLength) {
        this.minLength = minLength;
        this.common = load();
    }

    int minLength() {
        return minLength;
    }

    int commonCount() {
        return common.size();
    }

    /**
     * One of the common passwords, also with digits or symbols added before or after ("password2024!",
     * "woaini1314520") or typed twice ("qq123456qq123456"), or made of fewer than four different characters.
     */
    boolean isCommon(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (common.contains(p) || p.codePoints().distinct().count() < 4) {
            return true;
        }
        int half = p.length() / 2;
        if (p.length() % 2 == 0 && p.substring(0, half).equals(p.substring(half)) && isCommon(p.substring(half))) {
            return true;
        }
        String core = p.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        String tail = p.replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && common.contains(core) || tail.length() >= 4 && common.contains(tail);
    }

    /** Refuses with a translated reason; {@code sameAsCurrent} says whether it equals the password it replaces. */
    void check(String password, String username, boolean sameAsCurrent) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new BusinessException("account.error.password-too-short", minLength);
        }
        if (isCommon(password)) {
            throw new BusinessException("account.error.password-common");
        }
        if (containsUsername(password, username)) {
            throw new BusinessException("account.error.password-contains-username");
        }
        if (sameAsCurrent) {
            throw new BusinessException("account.error.password-unchanged");
        }
    }

    PasswordStrength estimate(String password, String username) {
        String p = password == null ? "" : password;
        int length = p.codePointCount(0, p.length());
        List<String> hints = new ArrayList<>();
        boolean refused = false;
        if (length < minLength) {
            hints.add("password.hint.length");
            refused = true;
        }
        if (!p.isEmpty() && isCommon(p)) {
            hints.add("password.hint.common");
            refused = true;
        }
        if (containsUsername(p, username)) {
            hints.add("password.hint.username");
            refused = true;
        }
        int classes = (p.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        long distinct = p.codePoints().distinct().count();
        int score = length >= minLength + 8 ? 4 : length >= minLength + 4 ? 3 : length >= minLength ? 2 : 1;
        if (classes >= 3) {
            score++;
        } else if (classes <= 1 && length > 0) {
            score--;
            hints.add("password.hint.mix");
        }
        if (length > 0 && distinct * 3 < length) {
            score--;
            hints.add("password.hint.repeat");
        }
        if (p.isEmpty() || refused) {
            score = 0;
        }
        score = Math.max(0, Math.min(4, score));
        if (!refused && score < 4 && !hints.contains("password.hint.mix") && length < minLength + 8) {
            hints.add("password.hint.longer");
        }
        return new PasswordStrength(score, !refused, List.copyOf(hints), minLength);
    }

    private static boolean containsUsername(String password, String username) {
        return username != null && username.length() >= 3 && password != null
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        for (String list : LISTS) {
            try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + list);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
