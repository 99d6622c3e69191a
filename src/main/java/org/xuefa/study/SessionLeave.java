package org.xuefa.study;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.security.CurrentUser;

/**
 * Leave (请假) from a session: an invitee asks before it starts and may withdraw; the organizer approves, which
 * marks the invitee excused, or declines.
 */
@Service
public class SessionLeave {
    private final SessionAccess access;
    private final AttendanceRepository attendance;
    private final LeaveRequestRepository leaves;
    private final Officials officials;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DuplicateRetry retry;
    private final Clock clock;
    private final LeaveNotices notices;

    SessionLeave(SessionAccess access, AttendanceRepository attendance, LeaveRequestRepository leaves,
            Officials officials, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
            DuplicateRetry retry, Clock clock, LeaveNotices notices) {
        this.notices = notices;
        this.access = access;
        this.attendance = attendance;
        this.leaves = leaves;
        this.officials = officials;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Asks for leave from a session before it starts. Asking again while a request is pending or approved changes
     * nothing; after a decline or a withdrawal it asks anew.
     */
    @Allowed.SignedIn
    public LeaveRecord askLeave(Long sessionId, String reason) {
        LeaveRecord leave = retry.run(() -> doAskLeave(sessionId, reason));
        if (leave.status() == LeaveStatus.PENDING) {
            StudySession s = access.find(sessionId);
            notices.asked(leave, s.title(), s.unitId(), officials.nameOf(leave.officialId()));
        }
        return leave;
    }

    private LeaveRecord doAskLeave(Long sessionId, String reason) {
        StudySession s = access.find(sessionId);
        OfficialRecord me = requireInvitee(s);
        Instant now = clock.instant();
        s.requireScheduled();
        if (!now.isBefore(s.startsAt())) {
            throw new BusinessException("study.leave.error.started");
        }
        LeaveRequest leave = leaves.findBySessionIdAndOfficialId(sessionId, me.id()).orElse(null);
        if (leave != null && (leave.status() == LeaveStatus.PENDING || leave.status() == LeaveStatus.APPROVED)) {
            return leave.toRecord();
        }
        if (leave == null) {
            leave = new LeaveRequest(sessionId, me.id(), reason, now);
        } else {
            leave.ask(reason, now);
        }
        leaves.saveAndFlush(leave);
        audit.record("ASK_LEAVE", "session_leave", leave.getId(), "session " + s.title() + ", " + me.name(),
                "reason: " + leave.reason());
        return leave.toRecord();
    }

    /** Withdraws one's own pending or approved leave before the session starts; an excused mark is removed. */
    @Allowed.SignedIn
    @Transactional
    public void withdrawLeave(Long sessionId) {
        StudySession s = access.find(sessionId);
        OfficialRecord me = requireInvitee(s);
        if (!clock.instant().isBefore(s.startsAt())) {
            throw new BusinessException("study.leave.error.started");
        }
        LeaveRequest leave = leaves.findBySessionIdAndOfficialId(sessionId, me.id())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (leave.status() == LeaveStatus.WITHDRAWN) {
            return;
        }
        leave.withdraw();
        attendance.findBySessionIdAndOfficialId(sessionId, me.id())
                .filter(a -> a.source() == AttendanceSource.LEAVE).ifPresent(attendance::delete);
        audit.record("WITHDRAW_LEAVE", "session_leave", leave.getId(), "session " + s.title() + ", " + me.name(), null);
    }

    /** Approves or declines a pending leave request; approved leave marks the invitee excused. */
    @Allowed.Organizers
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LeaveRecord decideLeave(Long leaveId, boolean approve, String note) {
        LeaveRecord decided = retry.run(() -> {
            LeaveRequest leave = leaves.findById(leaveId).orElseThrow(() -> new BusinessException("error.not-found"));
            StudySession s = access.organizedSession(leave.sessionId());
            s.requireScheduled();
            LeaveStatus wanted = approve ? LeaveStatus.APPROVED : LeaveStatus.DECLINED;
            if (leave.status() == wanted) {
                return leave.toRecord(); // a second click of the same decision
            }
            Instant now = clock.instant();
            String by = currentUser.require().getUsername();
            leave.decide(approve, note, now, by);
            leaves.saveAndFlush(leave);
            String name = officials.nameOf(leave.officialId());
            if (approve) {
                Attendance a = attendance.findBySessionIdAndOfficialId(s.getId(), leave.officialId()).orElse(null);
                if (a == null) {
                    attendance.saveAndFlush(new Attendance(s.getId(), leave.officialId(), AttendanceStatus.EXCUSED,
                            AttendanceSource.LEAVE, leave.reason(), now, by));
                } else if (!a.status().attended()) {
                    a.set(AttendanceStatus.EXCUSED, AttendanceSource.LEAVE, leave.reason(), now, by);
                }
                events.publishEvent(new AttendanceRecorded(s.getId(), leave.officialId(), name,
                        AttendanceStatus.EXCUSED, AttendanceSource.LEAVE, now));
            }
            audit.record(approve ? "APPROVE" : "DECLINE", "session_leave", leaveId,
                    "session " + s.title() + ", " + name, note == null || note.isBlank() ? null : "note: " + note.trim());
            return leave.toRecord();
        });
        notices.decided(decided, access.find(decided.sessionId()).title());
        return decided;
    }

    private OfficialRecord requireInvitee(StudySession s) {
        return access.requireInvitee(s, "study.checkin.error.no-official", "study.checkin.error.not-invited");
    }
}
