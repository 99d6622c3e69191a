package org.xuefa.course;

import static org.xuefa.course.GiftFormat.ESCAPED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text after GIFT's escapes are resolved: each character knows whether it was escaped, so that an escaped
 * {@code ~} is text and an unescaped one a marker, like Moodle's placeholders.
 */
final class GiftText {
    private final String s;
    private final boolean[] esc;

    private GiftText(String s, boolean[] esc) {
        this.s = s;
        this.esc = esc;
    }

    static GiftText decode(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean[] flags = new boolean[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (ESCAPED.indexOf(next) >= 0 || next == 'n') {
                    b.append(next == 'n' ? '\n' : next);
                    flags[n++] = true;
                    i++;
                    continue;
                }
            }
            b.append(c);
            flags[n++] = false;
        }
        return new GiftText(b.toString(), Arrays.copyOf(flags, n));
    }

    int length() {
        return s.length();
    }

    boolean isEmpty() {
        return s.isEmpty();
    }

    char charAt(int i) {
        return s.charAt(i);
    }

    boolean escaped(int i) {
        return esc[i];
    }

    private boolean plainAt(String seq, int at) {
        if (at < 0 || at + seq.length() > s.length() || !s.startsWith(seq, at)) {
            return false;
        }
        for (int k = 0; k < seq.length(); k++) {
            if (esc[at + k]) {
                return false;
            }
        }
        return true;
    }

    boolean startsWithAt(String seq, int at) {
        return plainAt(seq, at);
    }

    boolean startsWith(String seq) {
        return plainAt(seq, 0);
    }

    int indexOf(String seq, int from) {
        for (int i = Math.max(0, from); i + seq.length() <= s.length(); i++) {
            if (plainAt(seq, i)) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(String seq) {
        for (int i = s.length() - seq.length(); i >= 0; i--) {
            if (plainAt(seq, i)) {
                return i;
            }
        }
        return -1;
    }

    GiftText sub(int from, int to) {
        return new GiftText(s.substring(from, to), Arrays.copyOfRange(esc, from, to));
    }

    GiftText concat(GiftText other) {
        boolean[] flags = Arrays.copyOf(esc, esc.length + other.esc.length);
        System.arraycopy(other.esc, 0, flags, esc.length, other.esc.length);
        return new GiftText(s + other.s, flags);
    }

    /** Trims unescaped PHP white space at both ends (an escaped line break is text until the end). */
    GiftText trim() {
        int a = 0;
        int b = s.length();
        while (a < b && !esc[a] && " \t\n\r\0\u000B".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && !esc[b - 1] && " \t\n\r\0\u000B".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return sub(a, b);
    }

    /** Splits before each unescaped character of {@code markers}; the first part may be empty. */
    List<GiftText> splitBefore(String markers) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!esc[i] && markers.indexOf(s.charAt(i)) >= 0) {
                parts.add(sub(start, i));
                start = i;
            }
        }
        parts.add(sub(start, s.length()));
        return parts;
    }

    /** The characters, escapes resolved. */
    String plainRaw() {
        return s;
    }

    /** The characters, escapes resolved, trimmed as Moodle does at the end. */
    String plain() {
        return GiftReader.phpTrim(s);
    }
}
