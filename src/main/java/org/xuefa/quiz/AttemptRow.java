package org.xuefa.quiz;

import java.math.BigDecimal;
import java.time.Instant;

/** One attempt of an exam for the organizer's list: who, which attempt, how it stands. */
public record AttemptRow(Long attemptId, Long officialId, String officialName, String unitName, int attemptNo,
        boolean makeup, AttemptStatus status, BigDecimal score, Band band, Instant submittedAt, String voidReason) {
}
