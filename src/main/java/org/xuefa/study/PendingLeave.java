package org.xuefa.study;

import java.time.Instant;

/** A leave request awaiting the organizer's decision, with what the decision needs to know. */
public record PendingLeave(Long leaveId, Long sessionId, String sessionTitle, Instant startsAt, Instant endsAt,
        String unitName, Long officialId, String officialName, String reason, Instant requestedAt) {
}
