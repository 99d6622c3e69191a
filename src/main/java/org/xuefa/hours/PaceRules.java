package org.xuefa.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rules behind "behind pace" and "cannot make it". The pace for a date is the year's requirement times the
 * share of the year gone (day of year ÷ days in the year): whoever has less is behind pace. Whoever, at the rate
 * of the last {@value #RECENT_DAYS} days (hours credited in them ÷ {@value #RECENT_DAYS} a day), would still fall
 * short on 31 December cannot make it at the pace shown. Rounded to 0.01 学时.
 */
public final class PaceRules {
    /** The window whose hours give the pace a cadre has shown. */
    public static final int RECENT_DAYS = 90;

    private PaceRules() {
    }

    /** How many hours of the year's requirement should be done by the end of this date. */
    public static BigDecimal expected(BigDecimal perYear, LocalDate date) {
        return perYear.multiply(BigDecimal.valueOf(date.getDayOfYear()))
                .divide(BigDecimal.valueOf(date.lengthOfYear()), 2, RoundingMode.HALF_UP);
    }

    /** Where someone with these hours stands on the date. */
    public static Standing standing(BigDecimal perYear, BigDecimal earned, BigDecimal recent, LocalDate date) {
        if (earned.compareTo(perYear) >= 0) {
            return Standing.MET;
        }
        if (earned.compareTo(expected(perYear, date)) >= 0) {
            return Standing.ON_PACE;
        }
        return projected(earned, recent, date).compareTo(perYear) < 0 ? Standing.CANNOT_MAKE_IT : Standing.BEHIND;
    }

    /** The hours on 31 December if the last {@value #RECENT_DAYS} days' rate goes on. */
    public static BigDecimal projected(BigDecimal earned, BigDecimal recent, LocalDate date) {
        int daysLeft = date.lengthOfYear() - date.getDayOfYear();
        return earned.add(recent.multiply(BigDecimal.valueOf(daysLeft))
                .divide(BigDecimal.valueOf(RECENT_DAYS), 2, RoundingMode.HALF_UP));
    }

    /** The hours still to study to meet the requirement, never negative. */
    public static BigDecimal gap(BigDecimal perYear, BigDecimal earned) {
        return perYear.subtract(earned).max(BigDecimal.ZERO);
    }

    /** Where a cadre stands against one requirement. */
    public enum Standing {
        MET, ON_PACE, BEHIND, CANNOT_MAKE_IT;

        public boolean behind() {
            return this == BEHIND || this == CANNOT_MAKE_IT;
        }
    }
}
