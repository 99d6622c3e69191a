package org.xuefa.quiz;

import java.math.BigDecimal;
import java.time.Instant;

/** An attempt's outcome as views show it; score, percent and band are null until it is submitted. */
public record AttemptRecord(Long id, Long examId, Long officialId, int attemptNo, boolean makeup, Instant startedAt,
        Instant deadline, Instant submittedAt, AttemptStatus status, BigDecimal score, BigDecimal maxScore,
        BigDecimal percent, Band band, String voidReason) {

    public boolean submitted() {
        return status == AttemptStatus.SUBMITTED;
    }
}
