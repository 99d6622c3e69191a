package org.xuefa.study;

import java.time.Instant;

/** Someone marked present or late, as a projector lists them. */
public record Arrival(Long officialId, String name, AttendanceStatus status, Instant at) {
}
