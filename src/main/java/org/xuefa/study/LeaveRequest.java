package org.xuefa.study;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** An invitee's request for leave (请假) from one session, asked before it starts, decided by the organizer. */
@Entity
@Table(name = "session_leave")
class LeaveRequest extends AbstractEntity {
    private Long sessionId;
    private Long officialId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private LeaveStatus status;
    private Instant requestedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;

    protected LeaveRequest() {
    }

    LeaveRequest(Long sessionId, Long officialId, String reason, Instant now) {
        this.sessionId = sessionId;
        this.officialId = officialId;
        ask(reason, now);
    }

    /** Asks (again): a declined or withdrawn request becomes pending with the new reason. */
    void ask(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("study.leave.error.reason");
        }
        this.reason = reason.trim();
        this.status = LeaveStatus.PENDING;
        this.requestedAt = now;
        this.decidedAt = null;
        this.decidedBy = null;
        this.decisionNote = null;
    }

    void decide(boolean approve, String note, Instant now, String by) {
        if (status != LeaveStatus.PENDING) {
            throw new BusinessException("study.leave.error.decided");
        }
        this.status = approve ? LeaveStatus.APPROVED : LeaveStatus.DECLINED;
        this.decisionNote = note == null || note.isBlank() ? null : note.trim();
        this.decidedAt = now;
        this.decidedBy = by;
    }

    void withdraw() {
        if (status != LeaveStatus.PENDING && status != LeaveStatus.APPROVED) {
            throw new BusinessException("study.leave.error.decided");
        }
        this.status = LeaveStatus.WITHDRAWN;
    }

    Long sessionId() {
        return sessionId;
    }

    Long officialId() {
        return officialId;
    }

    LeaveStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    LeaveRecord toRecord() {
        return new LeaveRecord(getId(), sessionId, officialId, reason, status, requestedAt, decidedAt, decidedBy,
                decisionNote, getVersion());
    }
}
