package org.xuefa.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One official's year against one requirement on a date: the year's share required, hours earned, the pace for
 * the date, hours of the last {@link PaceRules#RECENT_DAYS} days and the standing they give.
 */
public record Progress(RequirementKind kind, BigDecimal required, BigDecimal earned, BigDecimal expected,
        BigDecimal recent, PaceRules.Standing standing) {

    /** Earned as a share of the requirement, 0–1, for a progress bar. */
    public double fraction() {
        return required.signum() == 0 ? 1 : Math.min(1, earned.divide(required, 4, RoundingMode.HALF_UP).doubleValue());
    }

    /** The pace as a share of the requirement, 0–1. */
    public double paceFraction() {
        return required.signum() == 0 ? 0 : Math.min(1, expected.divide(required, 4, RoundingMode.HALF_UP).doubleValue());
    }

    public BigDecimal gap() {
        return PaceRules.gap(required, earned);
    }
}
