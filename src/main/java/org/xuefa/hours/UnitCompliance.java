package org.xuefa.hours;

import java.math.BigDecimal;

/**
 * One unit's own officials (not its subtree) on a date: how many, how many met both requirements, are behind pace
 * or cannot make it any more, and the hours they earned of each kind. The last row of a report, with a null
 * {@code unitId}, is the total.
 */
public record UnitCompliance(Long unitId, String unitName, int depth, int people, int met, int behind,
        int cannotMakeIt, BigDecimal training, BigDecimal online) {

    /** The share of the unit's officials who met both requirements, 0–1; null without officials. */
    public Double metRate() {
        return people == 0 ? null : met / (double) people;
    }
}
