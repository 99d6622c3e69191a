package org.xuefa.study;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.Audiences;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/**
 * Organizers schedule sessions in their scope (once or repeating), move and cancel them, see who is invited and
 * how each stands, mark attendance by hand, decide leave, run the projector's check-in and close a session, which
 * turns every counted invitee still unmarked into absent. Leaders and HR may read the sessions in their scope.
 */
@Service
@Transactional
public class StudySessions {
    static final String ENTITY = "study_session";
    private static final int RECENT_ARRIVALS = 30;

    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final LeaveRequestRepository leaves;
    private final Invitations invitations;
    private final Audiences audiences;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CourseCatalog catalog;
    private final CheckInTokens tokens;
    private final CheckInWindow window;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int minutesPerCreditHour;

    StudySessions(StudySessionRepository sessions, AttendanceRepository attendance, LeaveRequestRepository leaves,
            Invitations invitations, Audiences audiences, Officials officials, OrgUnits orgUnits, CourseCatalog catalog,
            CheckInTokens tokens, CheckInWindow window, AuditLog audit, CurrentUser currentUser,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
            @Value("${xuefa.session.minutes-per-credit-hour:45}") int minutesPerCreditHour) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.leaves = leaves;
        this.invitations = invitations;
        this.audiences = audiences;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
        this.tokens = tokens;
        this.window = window;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.minutesPerCreditHour = minutesPerCreditHour;
    }

    // ---- reading

    /** Sessions of units in the reader's scope, latest first, a page at a time. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<SessionRecord> list(SessionFilter filter, int offset, int limit) {
        Map<Long, OrgUnitRecord> visible = visibleUnits();
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")));
        return sessions.findAll(spec(filter, visible.keySet()), page)
                .map(s -> s.toRecord(unitName(visible, s.unitId()))).getContent();
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public long count(SessionFilter filter) {
        return sessions.count(spec(filter, visibleUnits().keySet()));
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public SessionRecord get(Long sessionId) {
        Map<Long, OrgUnitRecord> visible = visibleUnits();
        StudySession s = find(sessionId);
        if (!visible.containsKey(s.unitId())) {
            throw new AccessDeniedException("session " + sessionId + " is outside your scope");
        }
        return s.toRecord(unitName(visible, s.unitId()));
    }

    /** Credit hours for a session of this length: whole minutes per credit hour, rounded down to a half. */
    @Allowed.SignedIn
    public BigDecimal defaultCreditHours(Instant startsAt, Instant endsAt) {
        return creditHours(Duration.between(startsAt, endsAt), minutesPerCreditHour);
    }

    static BigDecimal creditHours(Duration length, int minutesPerCreditHour) {
        if (length.isNegative() || length.isZero()) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal halves = BigDecimal.valueOf(length.toMinutes() * 2L)
                .divide(BigDecimal.valueOf(minutesPerCreditHour), 0, RoundingMode.FLOOR);
        return halves.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    // ---- organizing

    /**
     * Schedules a session, or with a repeat one session per occurrence (the same series), each at the same local
     * time and length. Returns them in date order.
     */
    @Allowed.Organizers
    public List<SessionRecord> create(SessionData data, Repeat repeat) {
        SessionData d = checked(data);
        List<SessionData> occurrences = new ArrayList<>();
        if (repeat == null) {
            occurrences.add(d);
        } else {
            ZoneId zone = clock.getZone();
            Duration length = Duration.between(d.startsAt(), d.endsAt());
            for (ZonedDateTime start : repeat.starts(d.startsAt().atZone(zone))) {
                occurrences.add(d.at(start.toInstant(), start.toInstant().plus(length)));
            }
        }
        Instant now = clock.instant();
        List<StudySession> saved = new ArrayList<>();
        for (SessionData o : occurrences) {
            saved.add(sessions.save(new StudySession(o, now)));
        }
        if (repeat != null) {
            Long series = saved.get(0).getId();
            saved.forEach(s -> s.joinSeries(series));
        }
        sessions.flush();
        String unitName = orgUnits.nameOf(d.unitId());
        for (StudySession s : saved) {
            audit.record("CREATE", ENTITY, s.getId(), "session " + s.title(), describe(Changes.of(), null, s.data())
                    .set("repeat", repeat == null ? null : repeat.frequency() + " until " + repeat.until()).toString());
        }
        return saved.stream().map(s -> s.toRecord(unitName)).toList();
    }

    /** Changes one session (moving it is changing its times); never others of its series. */
    @Allowed.Organizers
    public SessionRecord update(Long sessionId, SessionData data, long version) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s.unitId());
        s.checkVersion(version);
        s.requireScheduled();
        SessionData d = checked(data);
        Changes changes = describe(Changes.of(), s.data(), d);
        s.apply(d);
        sessions.saveAndFlush(s);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", ENTITY, sessionId, "session " + s.title(), changes.toString());
        }
        return s.toRecord(orgUnits.nameOf(s.unitId()));
    }

    @Allowed.Organizers
    public SessionRecord cancel(Long sessionId, String reason, long version) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s.unitId());
        s.checkVersion(version);
        s.cancel(reason);
        sessions.saveAndFlush(s);
        audit.record("CANCEL", ENTITY, sessionId, "session " + s.title(), "reason: " + reason.trim());
        return s.toRecord(orgUnits.nameOf(s.unitId()));
    }

    // ---- attendance

    /** Every counted invitee, and anyone else with an attendance, with their status and leave; by name. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public List<RosterRow> roster(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s.unitId());
        return roster(s);
    }

    private List<RosterRow> roster(StudySession s) {
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
        rows.sort(java.util.Comparator.comparing(RosterRow::name).thenComparing(r -> r.staffNumber() == null ? ""
                : r.staffNumber()));
        return rows;
    }

    private static RosterRow row(Long id, OfficialRecord o, Attendance a, LeaveRequest l, boolean invited) {
        return new RosterRow(id, o == null ? "#" + id : o.name(), o == null ? null : o.staffNumber(),
                o == null ? "" : o.unitName(), a == null ? null : a.status(), a == null ? null : a.source(),
                a == null ? null : a.checkedInAt(), a == null ? null : a.note(), l == null ? null : l.getId(),
                l == null ? null : l.status(), l == null ? null : l.reason(), invited);
    }

    @Allowed.Organizers
    @Transactional(readOnly = true)
    public AttendanceCounts counts(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s.unitId());
        return counts(s);
    }

    private AttendanceCounts counts(StudySession s) {
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
        retryOnDuplicate(() -> {
            StudySession s = find(sessionId);
            requireOrganizerOf(s.unitId());
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

    /** Approves or declines a pending leave request; approved leave marks the invitee excused. */
    @Allowed.Organizers
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LeaveRecord decideLeave(Long leaveId, boolean approve, String note) {
        return retryOnDuplicate(() -> {
            LeaveRequest leave = leaves.findById(leaveId).orElseThrow(() -> new BusinessException("error.not-found"));
            StudySession s = find(leave.sessionId());
            requireOrganizerOf(s.unitId());
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
    }

    /**
     * Closes a session that has started: every counted invitee still unmarked becomes absent. Returns the final
     * counts. Closing twice is refused, so a double click cannot do it twice.
     */
    @Allowed.Organizers
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AttendanceCounts close(Long sessionId) {
        return retryOnDuplicate(() -> {
            StudySession s = find(sessionId);
            requireOrganizerOf(s.unitId());
            return doClose(s);
        });
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
        AttendanceCounts counts = counts(s);
        audit.record("CLOSE", ENTITY, s.getId(), "session " + s.title(), "marked absent: " + absent + "; present: "
                + counts.present() + "; late: " + counts.late() + "; excused: " + counts.excused() + "; absent: "
                + counts.absent());
        return counts;
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
                retryOnDuplicate(() -> {
                    StudySession s = find(candidate.getId());
                    return s.status() == SessionStatus.SCHEDULED ? doClose(s) : null;
                });
                closed++;
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                // an organizer closed it at the same moment
            }
        }
        return closed;
    }

    /** The projector's state: the current check-in code, window, counts and latest arrivals. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public ProjectorState projector(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s.unitId());
        Instant now = clock.instant();
        boolean open = s.status() == SessionStatus.SCHEDULED && window.isOpen(s.startsAt(), now);
        List<Attendance> latest = attendance.latestCheckIns(sessionId, PageRequest.of(0, RECENT_ARRIVALS));
        Map<Long, String> names = new HashMap<>();
        List<Arrival> arrivals = latest.stream().filter(a -> a.status().attended()).map(a -> new Arrival(
                a.officialId(), names.computeIfAbsent(a.officialId(), officials::nameOf), a.status(), a.checkedInAt()))
                .toList();
        return new ProjectorState(s.toRecord(orgUnits.nameOf(s.unitId())), tokens.issue(sessionId, now),
                tokens.rotatesAt(now), window.opensAt(s.startsAt()), window.closesAt(s.startsAt()), open, counts(s),
                arrivals);
    }

    // ---- helpers

    private <T> T retryOnDuplicate(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException e) {
            // someone recorded the same person at the same moment: the second run sees their row
            return tx.execute(status -> work.get());
        }
    }

    private SessionData checked(SessionData d) {
        if (d.unitId() == null) {
            throw new BusinessException("study.session.error.unit");
        }
        requireOrganizerOf(d.unitId());
        audiences.requireWithinScope(d.invitees(), Role.ORGANIZER);
        CourseLibrary library = catalog.library();
        for (StudiedLaw law : d.laws()) {
            if (library.law(law.lawId()) == null) {
                throw new BusinessException("study.session.error.law", law.lawId());
            }
        }
        for (LessonRef ref : d.lessons()) {
            Course course = library.courses().get(ref.courseId());
            if (course == null || course.lesson(ref.lessonNo()).isEmpty()) {
                throw new BusinessException("study.session.error.lesson", ref.courseId() + " #" + ref.lessonNo());
            }
        }
        String speakerName = d.speakerName();
        if (d.speakerOfficialId() != null) {
            speakerName = officials.find(d.speakerOfficialId()).map(OfficialRecord::name)
                    .orElseThrow(() -> new BusinessException("study.session.error.speaker"));
        }
        BigDecimal hours = d.creditHours();
        if (hours == null && d.startsAt() != null && d.endsAt() != null) {
            hours = defaultCreditHours(d.startsAt(), d.endsAt());
        }
        return new SessionData(d.unitId(), d.kind(), d.title(), d.startsAt(), d.endsAt(), d.place(),
                d.speakerOfficialId(), speakerName, d.speakerTitle(), d.laws(), d.lessons(), d.invitees(), hours);
    }

    private StudySession find(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new BusinessException("study.session.error.not-found"));
    }

    private void requireOrganizerOf(Long unitId) {
        if (!orgUnits.inScope(unitId, Role.ORGANIZER)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your organizer scope");
        }
    }

    private Map<Long, OrgUnitRecord> visibleUnits() {
        return orgUnits.visibleTree().stream().collect(Collectors.toMap(OrgUnitRecord::id, u -> u));
    }

    private static String unitName(Map<Long, OrgUnitRecord> units, Long id) {
        OrgUnitRecord u = units.get(id);
        return u == null ? "" : u.name();
    }

    private static Changes describe(Changes c, SessionData before, SessionData after) {
        SessionData b = before;
        return c.field("unit", b == null ? null : b.unitId(), after.unitId())
                .field("kind", b == null ? null : b.kind(), after.kind())
                .field("title", b == null ? null : b.title(), after.title())
                .field("startsAt", b == null ? null : b.startsAt(), after.startsAt())
                .field("endsAt", b == null ? null : b.endsAt(), after.endsAt())
                .field("place", b == null ? null : b.place(), after.place())
                .field("speaker", b == null ? null : b.speakerName(), after.speakerName())
                .field("creditHours", b == null ? null : b.creditHours(), after.creditHours())
                .field("invitees", b == null ? null : sorted(b.invitees()), sorted(after.invitees()))
                .field("laws", b == null ? null : laws(b), laws(after));
    }

    private static String sorted(Set<AudienceRule> invitees) {
        return invitees.stream().map(AudienceRule::toString).sorted().collect(Collectors.joining(","));
    }

    private static String laws(SessionData d) {
        return d.laws().stream().map(l -> l.lawId() + (l.articles().isEmpty() ? "" : " " + l.articles()))
                .collect(Collectors.joining("; "));
    }

    private Specification<StudySession> spec(SessionFilter f, Set<Long> visibleUnits) {
        ZoneId zone = clock.getZone();
        return (root, query, cb) -> {
            if (visibleUnits.isEmpty()) {
                return cb.disjunction();
            }
            List<Predicate> p = new ArrayList<>();
            p.add(root.get("unitId").in(visibleUnits));
            if (f.unitId() != null) {
                p.add(cb.equal(root.get("unitId"), f.unitId()));
            }
            if (f.year() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("startsAt"),
                        LocalDate.of(f.year(), 1, 1).atStartOfDay(zone).toInstant()));
                p.add(cb.lessThan(root.get("startsAt"), LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(zone).toInstant()));
            }
            if (f.kind() != null) {
                p.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase() + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("place")), like),
                        cb.like(cb.lower(root.get("speakerName")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
