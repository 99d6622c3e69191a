package org.xuefa.study;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An official attended a closed session (present or late) and earns its credit hours, in the year of the session.
 * Published again when a mark is corrected; listeners credit each official and session at most once.
 */
public record SessionHoursEarned(Long officialId, Long sessionId, String title, BigDecimal hours, Instant heldAt) {
}
