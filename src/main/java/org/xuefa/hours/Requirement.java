package org.xuefa.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.xuefa.people.OfficialCategory;

/**
 * What a category of official must study of a kind: {@code hours} over {@code periodYears} (550 over 5 years at
 * county level, 90 over 1 at township level). {@code standard} when no one has changed the default;
 * {@code version} -1 then.
 */
public record Requirement(int year, OfficialCategory category, RequirementKind kind, BigDecimal hours,
        int periodYears, boolean standard, long version) {

    /** The share of one year, which the year's progress and pace are measured against. */
    public BigDecimal perYear() {
        return periodYears <= 1 ? hours : hours.divide(BigDecimal.valueOf(periodYears), 2, RoundingMode.HALF_UP);
    }
}
