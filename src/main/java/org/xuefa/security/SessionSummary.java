package org.xuefa.security;

import java.time.Instant;

/** A signed-in session as *My settings* lists it; {@code current} is the one asking. */
public record SessionSummary(String id, Instant startedAt, Instant lastSeenAt, String clientAddress,
        String userAgent, boolean current) {
}
