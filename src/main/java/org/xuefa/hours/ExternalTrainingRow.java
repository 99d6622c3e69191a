package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One external training as the list of a scope shows it: who, what, organised by whom, when, and for how long. */
public record ExternalTrainingRow(Long creditId, Long officialId, String officialName, String staffNumber,
        String unitName, String title, String provider, String certificate, LocalDate startedOn,
        LocalDate finishedOn, BigDecimal hours, RequirementKind countsToward) {
}
