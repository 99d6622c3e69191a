package org.xuefa.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Scores one answer. All-or-nothing by default; with partial credit a multiple-answer question earns its share of
 * right options chosen, and nothing if any wrong option is chosen.
 */
final class Grader {
    private Grader() {
    }

    static BigDecimal score(Set<String> key, Set<String> chosen, BigDecimal points, boolean partialCredit) {
        if (chosen.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (key.equals(chosen)) {
            return points;
        }
        if (!partialCredit || key.size() < 2 || !key.containsAll(chosen)) {
            return BigDecimal.ZERO;
        }
        return points.multiply(BigDecimal.valueOf(chosen.size())).divide(BigDecimal.valueOf(key.size()), 2,
                RoundingMode.HALF_DOWN);
    }
}
