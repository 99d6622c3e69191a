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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.XuefaUser;

/**
 * The invitee's side: the sessions they are invited to and checking in with the code on the projector (leave is
 * {@link SessionLeave}). A check-in only ever marks the signed-in user's own official; a refused one changes
 * nothing; a second one leaves the first standing.
 */
@Service
public class SessionAttendance {
    /** How far ahead "my sessions" looks. */
    static final Duration AHEAD = Duration.ofDays(120);
    private static final Logger log = LoggerFactory.getLogger(SessionAttendance.class);

    private final SessionAccess access;
    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final LeaveRequestRepository leaves;
    private final Officials officials;
    private final CheckInTokens tokens;
    private final CheckInWindow window;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DuplicateRetry retry;
    private final Clock clock;
    private final long loginMinutes;

    SessionAttendance(SessionAccess access, StudySessionRepository sessions, AttendanceRepository attendance,
            LeaveRequestRepository leaves, Officials officials, CheckInTokens tokens, CheckInWindow window,
            CurrentUser currentUser, ApplicationEventPublisher events, DuplicateRetry retry, Clock clock,
            @Value("${xuefa.checkin.login-minutes:10}") long loginMinutes) {
        this.access = access;
        this.sessions = sessions;
        this.attendance = attendance;
        this.leaves = leaves;
        this.officials = officials;
        this.tokens = tokens;
        this.window = window;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
        this.loginMinutes = loginMinutes;
    }

    /** Scheduled sessions that invite the signed-in official and have not ended, soonest first. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<MySession> mySessions() {
        Optional<OfficialRecord> me = officials.me();
        if (me.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<SessionRecord> mine = access.invitingMe(now, now.plus(AHEAD), SessionStatus.SCHEDULED);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(SessionRecord::id).toList();
        Map<Long, Attendance> marks = attendance.findByOfficialIdAndSessionIdIn(me.get().id(), ids).stream()
                .collect(Collectors.toMap(Attendance::sessionId, Function.identity()));
        Map<Long, LeaveRequest> leaveOf = leaves.findByOfficialIdAndSessionIdIn(me.get().id(), ids).stream()
                .collect(Collectors.toMap(LeaveRequest::sessionId, Function.identity()));
        List<MySession> out = new ArrayList<>();
        for (SessionRecord s : mine) {
            Attendance a = marks.get(s.id());
            LeaveRequest l = leaveOf.get(s.id());
            boolean leaveOpen = l != null && (l.status() == LeaveStatus.PENDING || l.status() == LeaveStatus.APPROVED);
            boolean canAsk = now.isBefore(s.startsAt()) && (a == null || !a.status().attended()) && !leaveOpen;
            out.add(new MySession(s, a == null ? null : a.status(),
                    l == null ? null : l.toRecord(), canAsk, window.isOpen(s.startsAt(), now)));
        }
        return out;
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
                && scan.scannedAt().isAfter(now.minus(Duration.ofMinutes(loginMinutes)))) {
            at = scan.scannedAt();
        }
        Instant arrival = at;
        // the same person's other tab or phone checking in at the same moment: that one stands
        return retry.run(() -> doCheckIn(code, arrival));
    }

    /**
     * The signed-in official's check-in to a session, as it was told when it succeeded: shown again when the
     * success page is reloaded, when the one-time code in the link may have expired. Empty without a check-in.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<CheckInResult> myCheckIn(Long sessionId) {
        OfficialRecord me = officials.me().orElse(null);
        StudySession s = sessionId == null ? null : sessions.findById(sessionId).orElse(null);
        if (me == null || s == null) {
            return Optional.empty();
        }
        return attendance.findBySessionIdAndOfficialId(s.getId(), me.id()).filter(a -> a.checkedInAt() != null)
                .map(a -> new CheckInResult(s.getId(), s.title(), me.name(), a.status(), a.checkedInAt(), false));
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
        if (!access.invites(s, me)) {
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
}
