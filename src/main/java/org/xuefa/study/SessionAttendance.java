package org.xuefa.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.XuefaUser;

/**
 * The invitee's side: the sessions they are invited to, asking for leave before one starts, and checking in with
 * the code on the projector. A check-in only ever marks the signed-in user's own official; a refused one changes
 * nothing; a second one leaves the first standing.
 */
@Service
public class SessionAttendance {
    /** How far ahead "my sessions" looks. */
    static final Duration AHEAD = Duration.ofDays(120);
    private static final Logger log = LoggerFactory.getLogger(SessionAttendance.class);

    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final LeaveRequestRepository leaves;
    private final Invitations invitations;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CheckInTokens tokens;
    private final CheckInWindow window;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final long loginMinutes;

    SessionAttendance(StudySessionRepository sessions, AttendanceRepository attendance, LeaveRequestRepository leaves,
            Invitations invitations, Officials officials, OrgUnits orgUnits, CheckInTokens tokens,
            CheckInWindow window, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${xuefa.checkin.login-minutes:10}") long loginMinutes) {
        this.loginMinutes = loginMinutes;
        this.sessions = sessions;
        this.attendance = attendance;
        this.leaves = leaves;
        this.invitations = invitations;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.tokens = tokens;
        this.window = window;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Scheduled sessions that invite the signed-in official and have not ended, soonest first. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<MySession> mySessions() {
        Optional<OfficialRecord> me = officials.me();
        if (me.isEmpty()) {
            return List.of();
        }
        XuefaUser user = currentUser.require();
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        Instant now = clock.instant();
        List<StudySession> mine = sessions.between(SessionStatus.SCHEDULED, now, now.plus(AHEAD)).stream()
                .filter(s -> invitations.invites(s, me.get(), user, units)).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(StudySession::getId).toList();
        Map<Long, Attendance> marks = attendance.findByOfficialIdAndSessionIdIn(me.get().id(), ids).stream()
                .collect(Collectors.toMap(Attendance::sessionId, Function.identity()));
        Map<Long, LeaveRequest> leaveOf = leaves.findByOfficialIdAndSessionIdIn(me.get().id(), ids).stream()
                .collect(Collectors.toMap(LeaveRequest::sessionId, Function.identity()));
        List<MySession> out = new ArrayList<>();
        for (StudySession s : mine) {
            Attendance a = marks.get(s.getId());
            LeaveRequest l = leaveOf.get(s.getId());
            boolean leaveOpen = l != null && (l.status() == LeaveStatus.PENDING || l.status() == LeaveStatus.APPROVED);
            boolean canAsk = now.isBefore(s.startsAt()) && (a == null || !a.status().attended()) && !leaveOpen;
            OrgUnitRecord unit = units.get(s.unitId());
            out.add(new MySession(s.toRecord(unit == null ? "" : unit.name()), a == null ? null : a.status(),
                    l == null ? null : l.toRecord(), canAsk, window.isOpen(s.startsAt(), now)));
        }
        return out;
    }

    /**
     * Asks for leave from a session before it starts. Asking again while a request is pending or approved changes
     * nothing; after a decline or a withdrawal it asks anew.
     */
    @Allowed.SignedIn
    public LeaveRecord askLeave(Long sessionId, String reason) {
        try {
            return tx.execute(status -> doAskLeave(sessionId, reason));
        } catch (DataIntegrityViolationException e) {
            return tx.execute(status -> doAskLeave(sessionId, reason));
        }
    }

    private LeaveRecord doAskLeave(Long sessionId, String reason) {
        StudySession s = find(sessionId);
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
        StudySession s = find(sessionId);
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

    /**
     * Checks the signed-in user in with a code from the projector. Refused, with a translated reason, when the
     * code is forged or older than its rotation and grace, the session is cancelled or closed, check-in is not
     * open, or the user is not invited.
     */
    @Allowed.SignedIn
    public CheckInResult checkIn(String code) {
        return checkIn(code, null);
    }

    /**
     * Checks in with a code that was valid when this browser opened the link before signing in ({@link PendingScan},
     * noted by the server): the arrival counts from the scan, if the scan is at most
     * {@code xuefa.checkin.login-minutes} old. Without a scan it is {@link #checkIn(String)}.
     */
    @Allowed.SignedIn
    public CheckInResult checkIn(String code, PendingScan scan) {
        Instant now = clock.instant();
        Instant at = now;
        if (scan != null && scan.code().equalsIgnoreCase(code.trim()) && !scan.scannedAt().isAfter(now)
                && scan.scannedAt().isAfter(now.minus(java.time.Duration.ofMinutes(loginMinutes)))) {
            at = scan.scannedAt();
        }
        Instant arrival = at;
        try {
            return tx.execute(status -> doCheckIn(code, arrival));
        } catch (DataIntegrityViolationException e) {
            // the same person's other tab or phone checked in at the same moment: that one stands
            return tx.execute(status -> doCheckIn(code, arrival));
        }
    }

    private CheckInResult doCheckIn(String code, Instant now) {
        XuefaUser user = currentUser.require();
        CheckInTokens.Verdict verdict = tokens.verify(code, now);
        if (verdict.status() == CheckInTokens.Status.INVALID) {
            log.info("Refused check-in by {}: invalid code", user.getUsername());
            throw new BusinessException("study.checkin.error.invalid");
        }
        if (verdict.status() == CheckInTokens.Status.EXPIRED) {
            throw new BusinessException("study.checkin.error.expired");
        }
        StudySession s = sessions.findById(verdict.sessionId())
                .orElseThrow(() -> new BusinessException("study.checkin.error.invalid"));
        if (s.status() == SessionStatus.CANCELLED) {
            throw new BusinessException("study.checkin.error.cancelled", s.title());
        }
        if (s.status() == SessionStatus.CLOSED) {
            throw new BusinessException("study.checkin.error.closed", s.title());
        }
        if (now.isBefore(window.opensAt(s.startsAt()))) {
            throw new BusinessException("study.checkin.error.not-yet", s.title());
        }
        if (!now.isBefore(window.closesAt(s.startsAt()))) {
            throw new BusinessException("study.checkin.error.over", s.title());
        }
        OfficialRecord me = officials.me().orElseThrow(() -> new BusinessException("study.checkin.error.no-official"));
        if (!invitations.invites(s, me, user, orgUnits.byId())) {
            throw new BusinessException("study.checkin.error.not-invited", s.title());
        }
        Attendance existing = attendance.findBySessionIdAndOfficialId(s.getId(), me.id()).orElse(null);
        Attendance a;
        if (existing == null) {
            a = attendance.saveAndFlush(Attendance.checkIn(s.getId(), me.id(), s.startsAt(), now, user.getUsername()));
        } else if (existing.checkInOver(s.startsAt(), now, user.getUsername())) {
            a = attendance.saveAndFlush(existing);
        } else {
            return new CheckInResult(s.getId(), s.title(), me.name(), existing.status(), existing.checkedInAt() != null
                    ? existing.checkedInAt() : existing.recordedAt(), true);
        }
        events.publishEvent(new AttendanceRecorded(s.getId(), me.id(), me.name(), a.status(),
                AttendanceSource.CHECK_IN, now));
        return new CheckInResult(s.getId(), s.title(), me.name(), a.status(), now, false);
    }

    private StudySession find(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new BusinessException("study.session.error.not-found"));
    }

    private OfficialRecord requireInvitee(StudySession s) {
        OfficialRecord me = officials.me().orElseThrow(() -> new BusinessException("study.checkin.error.no-official"));
        if (!invitations.invites(s, me, currentUser.require(), orgUnits.byId())) {
            throw new BusinessException("study.checkin.error.not-invited", s.title());
        }
        return me;
    }
}
