package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the study-hour ledger: its source (COURSE, QUIZ, SESSION, EXTERNAL; see {@link CreditSource}), the
 * requirement it counts toward and, for external training, the provider and certificate.
 */
public record CreditRecord(Long officialId, int year, String source, String sourceRef, String title,
        BigDecimal hours, Instant creditedAt, RequirementKind countsToward, String detail) {
}
