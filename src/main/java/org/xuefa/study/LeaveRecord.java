package org.xuefa.study;

import java.time.Instant;

public record LeaveRecord(Long id, Long sessionId, Long officialId, String reason, LeaveStatus status,
        Instant requestedAt, Instant decidedAt, String decidedBy, String decisionNote, long version) {
}
