package org.xuefa.study;

import java.time.Instant;

/** Published when an attendance is recorded or changed (check-in, by hand, leave, closing). */
public record AttendanceRecorded(Long sessionId, Long officialId, String officialName, AttendanceStatus status,
        AttendanceSource source, Instant at) {
}
