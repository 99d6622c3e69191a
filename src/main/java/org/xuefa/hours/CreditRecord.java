package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the study-hour ledger. */
public record CreditRecord(Long officialId, int year, String source, String sourceRef, String title,
        BigDecimal hours, Instant creditedAt) {
}
