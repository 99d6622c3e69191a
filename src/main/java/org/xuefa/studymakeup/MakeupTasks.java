package org.xuefa.studymakeup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.CourseStudy;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.ReportScopes;
import org.xuefa.security.CurrentUser;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;

/**
 * Make-up study (补学). Closing a session gives each absent or excused invitee one task, due
 * {@code xuefa.makeup.due-days} after the session (or after the assignment, when that is later): read the session's
 * linked lessons and pass their courses' quizzes, which completes the task by itself as the course module reports
 * lessons finished and quizzes passed ({@link MakeupAssignment}); for a session without lessons, read its record and
 * confirm with a note. Officials see their own tasks; organizers, leaders and HR see a session's tasks in scope.
 */
@Service
@Transactional
public class MakeupTasks {
    static final String ENTITY = "makeup_task";
    private static final Set<MakeupStatus> VISIBLE = EnumSet.of(MakeupStatus.OPEN, MakeupStatus.DONE);

    private final MakeupTaskRepository tasks;
    private final StudySessions sessions;
    private final SessionAccess access;
    private final CourseCatalog catalog;
    private final CourseStudy courseStudy;
    private final Officials officials;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ReportScopes scopes;

    MakeupTasks(MakeupTaskRepository tasks, StudySessions sessions, SessionAccess access, CourseCatalog catalog,
            CourseStudy courseStudy, Officials officials, CurrentUser currentUser, AuditLog audit, Clock clock,
            ReportScopes scopes) {
        this.scopes = scopes;
        this.tasks = tasks;
        this.sessions = sessions;
        this.access = access;
        this.catalog = catalog;
        this.courseStudy = courseStudy;
        this.officials = officials;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the official's side

    /** The signed-in official's open and done tasks: open ones by due date first, then done ones, latest first. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<MakeupItem> mine() {
        Long me = currentUser.require().officialId();
        if (me == null) {
            return List.of();
        }
        List<MakeupTask> own = tasks.findByOfficialIdAndStatusIn(me, VISIBLE);
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Long, SessionRecord> byId = sessionsOf(own);
        CourseLibrary library = catalog.library();
        Map<Long, MakeupRules.Requirements> required = new HashMap<>();
        byId.values().forEach(s -> required.put(s.id(), MakeupRules.of(s.data().lessons(), library)));
        Map<String, Set<Integer>> finished = courseStudy.finishedLessons(List.of(me), MakeupRules.coursesOf(required.values()))
                .getOrDefault(me, Map.of());
        LocalDate today = LocalDate.now(clock);
        return own.stream().sorted(Comparator.comparing((MakeupTask t) -> t.status() != MakeupStatus.OPEN)
                        .thenComparing(t -> t.status() == MakeupStatus.OPEN ? t.dueOn().toEpochDay()
                                : -t.completedAt().getEpochSecond()))
                .map(t -> {
                    SessionRecord s = byId.get(t.sessionId());
                    return item(t, s, required.get(s.id()), finished, library, today);
                }).toList();
    }

    /**
     * Confirms a task of a session without lessons: the official has read the session's record and says in a few
     * words what it covered. Only one's own task, and only while it is open.
     */
    @Allowed.SignedIn
    public MakeupItem confirm(Long taskId, String note, long version) {
        MakeupTask t = tasks.findById(taskId).orElseThrow(() -> new BusinessException("error.not-found"));
        Long me = currentUser.require().officialId();
        if (me == null || !me.equals(t.officialId())) {
            throw new AccessDeniedException("make-up task " + taskId + " is not yours");
        }
        t.checkVersion(version);
        SessionRecord s = sessionOf(t.sessionId());
        CourseLibrary library = catalog.library();
        MakeupRules.Requirements required = MakeupRules.of(s.data().lessons(), library);
        if (!required.confirmOnly()) {
            throw new BusinessException("makeup.error.has-lessons");
        }
        Instant now = clock.instant();
        t.confirm(note, now);
        tasks.saveAndFlush(t);
        audit.record("COMPLETE", ENTITY, t.getId(), "session " + s.title() + ", " + officials.nameOf(me),
                "confirmed: " + t.confirmation());
        return item(t, s, required, Map.of(), library, LocalDate.now(clock));
    }

    // ---- the organizer's side

    /** A session's tasks (cancelled ones left out), by name: who owes what, how far they are, and when done. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<MakeupRow> ofSession(Long sessionId) {
        SessionRecord s = access.read(sessionId);
        List<MakeupTask> list = tasks.findBySessionId(sessionId).stream().filter(t -> VISIBLE.contains(t.status()))
                .toList();
        if (list.isEmpty()) {
            return List.of();
        }
        MakeupRules.Requirements required = MakeupRules.of(s.data().lessons(), catalog.library());
        List<Long> ids = list.stream().map(MakeupTask::officialId).toList();
        Map<Long, Map<String, Set<Integer>>> finished = courseStudy.finishedLessons(ids, MakeupRules.coursesOf(List.of(required)));
        Map<Long, OfficialRecord> people = scopes.officials(ids);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(t -> {
            OfficialRecord o = people.get(t.officialId());
            Map<String, Set<Integer>> mine = finished.getOrDefault(t.officialId(), Map.of());
            int read = (int) required.lessons().stream().filter(l -> MakeupRules.read(l, mine)).count();
            Set<String> passed = t.passed();
            int quizzes = (int) required.quizCourses().stream().filter(passed::contains).count();
            return new MakeupRow(t.getId(), t.getVersion(), t.officialId(), o == null ? "#" + t.officialId() : o.name(),
                    o == null ? null : o.staffNumber(), o == null ? "" : o.unitName(), t.reason(), t.status(),
                    t.dueOn(), t.overdueOn(today), read, required.lessons().size(), quizzes,
                    required.quizCourses().size(), t.completedAt(), t.confirmation());
        }).sorted(Comparator.comparing(MakeupRow::name)).toList();
    }

    /** Sets an open task's due date (an extension, or the town's own deadline); not before the session's day. */
    @Allowed.Organizers
    public void changeDue(Long taskId, LocalDate due, long version) {
        MakeupTask t = tasks.findById(taskId).orElseThrow(() -> new BusinessException("error.not-found"));
        SessionRecord s = sessionOf(t.sessionId());
        if (!access.mayOrganize(s.unitId())) {
            throw new AccessDeniedException("unit " + s.unitId() + " is outside your organizer scope");
        }
        t.checkVersion(version);
        LocalDate before = t.dueOn();
        t.changeDue(due, s.day(clock.getZone()));
        tasks.saveAndFlush(t);
        audit.record("UPDATE", ENTITY, t.getId(), "session " + s.title() + ", " + officials.nameOf(t.officialId()),
                "due: " + before + " -> " + due);
    }

    private Map<Long, SessionRecord> sessionsOf(List<MakeupTask> list) {
        return sessions.records(list.stream().map(MakeupTask::sessionId).distinct().toList());
    }

    private SessionRecord sessionOf(Long sessionId) {
        SessionRecord s = sessions.records(List.of(sessionId)).get(sessionId);
        if (s == null) {
            throw new BusinessException("study.session.error.not-found");
        }
        return s;
    }

    private static MakeupItem item(MakeupTask t, SessionRecord session, MakeupRules.Requirements required,
            Map<String, Set<Integer>> finished, CourseLibrary library, LocalDate today) {
        List<MakeupItem.LessonItem> lessons = required.lessons().stream().map(l -> {
            Course c = library.courses().get(l.courseId());
            var lesson = c.lesson(l.lessonNo()).orElseThrow();
            return new MakeupItem.LessonItem(c.id(), l.lessonNo(), c.titleZh(), c.titleEn(), lesson.titleZh(),
                    lesson.titleEn(), MakeupRules.read(l, finished));
        }).toList();
        Set<String> passed = t.passed();
        List<MakeupItem.QuizItem> quizzes = required.quizCourses().stream().map(id -> {
            Course c = library.courses().get(id);
            return new MakeupItem.QuizItem(id, c.titleZh(), c.titleEn(), passed.contains(id));
        }).toList();
        return new MakeupItem(t.getId(), t.getVersion(), session, t.reason(), t.status(), t.dueOn(),
                t.overdueOn(today), t.completedAt(), t.confirmation(), lessons, quizzes);
    }
}