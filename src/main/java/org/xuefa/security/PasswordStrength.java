package org.xuefa.security;

import java.util.List;

/**
 * A rough, server-side estimate of a candidate password for the form as the user types: a score from 0 (refused
 * or trivial) to 4, whether the policy accepts it, and translation keys of hints (the length hint takes the
 * minimum length as its argument).
 */
public record PasswordStrength(int score, boolean acceptable, List<String> hints, int minLength) {
}
