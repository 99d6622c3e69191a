package org.xuefa.study;

import java.time.Instant;
import java.util.List;

/**
 * What the projector shows: the current check-in code (valid until {@code codeRotatesAt} plus the grace), the
 * check-in window, the counts and the latest arrivals, newest first.
 */
public record ProjectorState(SessionRecord session, String code, Instant codeRotatesAt, Instant checkInOpensAt,
        Instant checkInClosesAt, boolean checkInOpen, AttendanceCounts counts, List<Arrival> arrivals) {
}
