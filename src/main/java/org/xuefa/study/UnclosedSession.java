package org.xuefa.study;

import java.time.Instant;

/** A session that has ended but is still open: its attendance awaits the organizer's confirmation (closing). */
public record UnclosedSession(Long sessionId, String title, Instant startsAt, Instant endsAt) {
}
