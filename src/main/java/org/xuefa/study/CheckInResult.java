package org.xuefa.study;

import java.time.Instant;

/** A successful check-in: {@code alreadyCheckedIn} when an earlier one stands and nothing changed. */
public record CheckInResult(Long sessionId, String sessionTitle, String officialName, AttendanceStatus status,
        Instant checkedInAt, boolean alreadyCheckedIn) {
}
