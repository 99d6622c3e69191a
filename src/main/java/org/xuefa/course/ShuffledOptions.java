package org.xuefa.course;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question's options as one person sees them: in a drawn order (true-false keeps its own) and each behind a
 * random token that says nothing about the option, so what reaches a browser never reveals the key. Used by exam
 * papers and by the live quiz.
 */
public record ShuffledOptions(List<String> keys, List<String> tokens) {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom TOKENS = new SecureRandom();

    public ShuffledOptions {
        keys = List.copyOf(keys);
        tokens = List.copyOf(tokens);
    }

    /** Draws the order (with the given random, so a seeded draw repeats) and fresh tokens. */
    public static ShuffledOptions draw(Question q, Random random) {
        List<String> keys = new ArrayList<>(q.choices().stream().map(Option::key).toList());
        if (q.type() != QuestionType.TRUEFALSE) {
            Collections.shuffle(keys, random);
        }
        return new ShuffledOptions(keys, keys.stream().map(k -> token()).toList());
    }

    /** An option id that says nothing about the option: random per draw and option. */
    public static String token() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(TOKENS.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The bank keys behind the chosen tokens, or empty if any token is not one of these options. */
    public Optional<Set<String>> keysFor(Set<String> chosenTokens) {
        Set<String> out = new TreeSet<>();
        for (String t : chosenTokens) {
            int i = tokens.indexOf(t);
            if (i < 0) {
                return Optional.empty();
            }
            out.add(keys.get(i));
        }
        return Optional.of(out);
    }

    /** The tokens of the given bank keys, in option order. */
    public List<String> tokensOf(Set<String> chosenKeys) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (chosenKeys.contains(keys.get(i))) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }
}
