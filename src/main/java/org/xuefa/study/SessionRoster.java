package org.xuefa.study;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.security.CurrentUser;

/**
 * A session's roster for its organizer: every counted invitee and anyone else with an attendance, how each stands,
 * the head counts, and marking by hand (also after closing, to correct).
 */
@Service
@Transactional
public class SessionRoster {
    private final SessionAccess access;
    private final AttendanceRepository attendance;
    private final LeaveRequestRepository leaves;
    private final Invitations invitations;
    private final Officials officials;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DuplicateRetry retry;
    private final Clock clock;

    SessionRoster(SessionAccess access, AttendanceRepository attendance, LeaveRequestRepository leaves,
            Invitations invitations, Officials officials, AuditLog audit, CurrentUser currentUser,
            ApplicationEventPublisher events, DuplicateRetry retry, Clock clock) {
        this.access = access;
        this.attendance = attendance;
        this.leaves = leaves;
        this.invitations = invitations;
        this.officials = officials;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Every counted invitee, and anyone else with an attendance, with their status and leave; by name. For the
     * session's readers (its organizers, and leaders and HR in scope).
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<RosterRow> roster(Long sessionId) {
        return roster(readable(sessionId));
    }

    private StudySession readable(Long sessionId) {
        StudySession s = access.find(sessionId);
        access.requireReaderOf(s);
        return s;
    }

    List<RosterRow> roster(StudySession s) {
        Map<Long, OfficialRecord> invited = new LinkedHashMap<>();
        invitations.resolve(s).forEach(o -> invited.put(o.id(), o));
        Map<Long, Attendance> marks = attendance.findBySessionId(s.getId()).stream()
                .collect(Collectors.toMap(Attendance::officialId, a -> a));
        Map<Long, LeaveRequest> leaveOf = leaves.findBySessionId(s.getId()).stream()
                .collect(Collectors.toMap(LeaveRequest::officialId, l -> l));
        List<RosterRow> rows = new ArrayList<>();
        for (OfficialRecord o : invited.values()) {
            rows.add(row(o.id(), o, marks.get(o.id()), leaveOf.get(o.id()), true));
        }
        for (Attendance a : marks.values()) {
            if (!invited.containsKey(a.officialId())) {
                OfficialRecord o = officials.find(a.officialId()).orElse(null);
                rows.add(row(a.officialId(), o, a, leaveOf.get(a.officialId()), false));
            }
        }
        rows.sort(Comparator.comparing(RosterRow::name).thenComparing(r -> r.staffNumber() == null ? ""
                : r.staffNumber()));
        return rows;
    }

    private static RosterRow row(Long id, OfficialRecord o, Attendance a, LeaveRequest l, boolean invited) {
        return new RosterRow(id, o == null ? "#" + id : o.name(), o == null ? null : o.staffNumber(),
                o == null ? "" : o.unitName(), a == null ? null : a.status(), a == null ? null : a.source(),
                a == null ? null : a.checkedInAt(), a == null ? null : a.note(), l == null ? null : l.getId(),
                l == null ? null : l.status(), l == null ? null : l.reason(), invited);
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public AttendanceCounts counts(Long sessionId) {
        return counts(readable(sessionId));
    }

    AttendanceCounts counts(StudySession s) {
        List<RosterRow> rows = roster(s);
        int[] c = new int[AttendanceStatus.values().length];
        rows.stream().filter(r -> r.status() != null).forEach(r -> c[r.status().ordinal()]++);
        return new AttendanceCounts((int) rows.stream().filter(RosterRow::invited).count(),
                c[AttendanceStatus.PRESENT.ordinal()], c[AttendanceStatus.LATE.ordinal()],
                c[AttendanceStatus.EXCUSED.ordinal()], c[AttendanceStatus.ABSENT.ordinal()]);
    }

    /**
     * Marks an invitee by hand (present, late, excused or absent, with a note), also after closing, to correct.
     * Marking the same again changes nothing.
     */
    @Allowed.Organizers
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void mark(Long sessionId, Long officialId, AttendanceStatus status, String note) {
        if (status == null) {
            throw new BusinessException("study.attendance.error.status");
        }
        retry.run(() -> {
            StudySession s = access.organizedSession(sessionId);
            if (s.status() == SessionStatus.CANCELLED) {
                throw new BusinessException("study.session.error.cancelled");
            }
            Attendance existing = attendance.findBySessionIdAndOfficialId(sessionId, officialId).orElse(null);
            if (existing == null && invitations.resolve(s).stream().noneMatch(o -> o.id().equals(officialId))) {
                throw new BusinessException("study.attendance.error.not-invited");
            }
            String by = currentUser.require().getUsername();
            Instant now = clock.instant();
            String cleanNote = note == null || note.isBlank() ? null : note.trim();
            if (existing != null && existing.status() == status && Objects.equals(existing.note(), cleanNote)) {
                return null;
            }
            Changes changes = Changes.of().field("status", existing == null ? null : existing.status(), status)
                    .field("note", existing == null ? null : existing.note(), cleanNote);
            if (existing == null) {
                attendance.saveAndFlush(new Attendance(sessionId, officialId, status, AttendanceSource.MANUAL,
                        cleanNote, now, by));
            } else {
                existing.set(status, AttendanceSource.MANUAL, cleanNote, now, by);
                attendance.saveAndFlush(existing);
            }
            String name = officials.nameOf(officialId);
            audit.record("MARK", "session_attendance", sessionId, "session " + s.title() + ", " + name,
                    changes.toString());
            events.publishEvent(new AttendanceRecorded(sessionId, officialId, name, status, AttendanceSource.MANUAL,
                    now));
            return null;
        });
    }
}
