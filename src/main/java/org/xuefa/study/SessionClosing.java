package org.xuefa.study;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.people.OfficialRecord;
import org.xuefa.security.CurrentUser;

/**
 * Closing a session that has started, by its organizer or by the sweeper once it is past its end and its
 * check-in window: every counted invitee still unmarked becomes absent, and {@link SessionClosed} is published in
 * the same transaction.
 */
@Service
public class SessionClosing {
    private final SessionAccess access;
    private final SessionRoster roster;
    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final Invitations invitations;
    private final CheckInWindow window;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DuplicateRetry retry;
    private final Clock clock;

    SessionClosing(SessionAccess access, SessionRoster roster, StudySessionRepository sessions,
            AttendanceRepository attendance, Invitations invitations, CheckInWindow window, AuditLog audit,
            CurrentUser currentUser, ApplicationEventPublisher events, DuplicateRetry retry, Clock clock) {
        this.access = access;
        this.roster = roster;
        this.sessions = sessions;
        this.attendance = attendance;
        this.invitations = invitations;
        this.window = window;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Closes a session that has started: every counted invitee still unmarked becomes absent. Returns the final
     * counts. Closing twice is refused, so a double click cannot do it twice.
     */
    @Allowed.Organizers
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AttendanceCounts close(Long sessionId) {
        return retry.run(() -> doClose(access.organizedSession(sessionId)));
    }

    /** Closes every scheduled session past its end and its check-in window; for the scheduler. */
    @Allowed.Admins
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int closeEnded() {
        Instant now = clock.instant();
        int closed = 0;
        for (StudySession candidate : sessions.endedBefore(SessionStatus.SCHEDULED, now)) {
            if (window.closesAt(candidate.startsAt()).isAfter(now)) {
                continue;
            }
            try {
                retry.run(() -> {
                    StudySession s = access.find(candidate.getId());
                    return s.status() == SessionStatus.SCHEDULED ? doClose(s) : null;
                });
                closed++;
            } catch (OptimisticLockingFailureException e) {
                // an organizer closed it at the same moment
            }
        }
        return closed;
    }

    private AttendanceCounts doClose(StudySession s) {
        Instant now = clock.instant();
        s.close(now);
        String by = currentUser.get().map(u -> u.getUsername()).orElse("system");
        Set<Long> marked = attendance.findBySessionId(s.getId()).stream().map(Attendance::officialId)
                .collect(Collectors.toSet());
        int absent = 0;
        for (OfficialRecord o : invitations.resolve(s)) {
            if (!marked.contains(o.id())) {
                attendance.save(new Attendance(s.getId(), o.id(), AttendanceStatus.ABSENT, AttendanceSource.CLOSE,
                        null, now, by));
                absent++;
            }
        }
        sessions.saveAndFlush(s);
        attendance.flush();
        // in this transaction: make-up tasks are assigned with the closing or not at all
        events.publishEvent(new SessionClosed(s.getId(), now));
        AttendanceCounts counts = roster.counts(s);
        audit.record("CLOSE", StudySessions.ENTITY, s.getId(), "session " + s.title(), "marked absent: " + absent
                + "; present: " + counts.present() + "; late: " + counts.late() + "; excused: " + counts.excused()
                + "; absent: " + counts.absent());
        return counts;
    }
}
