package org.xuefa.studymakeup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.CourseQuizPassed;
import org.xuefa.course.CourseStudy;
import org.xuefa.course.LessonFinished;
import org.xuefa.notification.Notice;
import org.xuefa.notification.Notifier;
import org.xuefa.people.Officials;
import org.xuefa.security.AccountDirectory;
import org.xuefa.study.AttendanceRecorded;
import org.xuefa.study.SessionClosed;
import org.xuefa.study.SessionMarks;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;

/**
 * Assigns and completes make-up tasks as other modules report: closing a session gives each absent or excused
 * invitee a task (and tells them), a mark corrected after closing cancels or reopens one, and finished lessons and
 * passed quizzes complete the tasks that need them.
 */
@Component
@Transactional
class MakeupAssignment {
    private final MakeupTaskRepository tasks;
    private final StudySessions sessions;
    private final SessionMarks marks;
    private final CourseCatalog catalog;
    private final CourseStudy courseStudy;
    private final Officials officials;
    private final AuditLog audit;
    private final Clock clock;
    private final int dueDays;
    private final Notifier notifier;
    private final AccountDirectory accounts;

    MakeupAssignment(MakeupTaskRepository tasks, StudySessions sessions, SessionMarks marks, CourseCatalog catalog,
            CourseStudy courseStudy, Officials officials, AuditLog audit, Clock clock,
            @Value("${xuefa.makeup.due-days:14}") int dueDays, Notifier notifier, AccountDirectory accounts) {
        this.tasks = tasks;
        this.sessions = sessions;
        this.marks = marks;
        this.catalog = catalog;
        this.courseStudy = courseStudy;
        this.officials = officials;
        this.audit = audit;
        this.clock = clock;
        this.dueDays = dueDays;
        this.notifier = notifier;
        this.accounts = accounts;
    }

    /** Closing: one task for every absent or excused invitee who has none yet. */
    @EventListener
    void on(SessionClosed event) {
        SessionRecord s = sessions.records(List.of(event.sessionId())).get(event.sessionId());
        Set<Long> have = tasks.findBySessionId(s.id()).stream().map(MakeupTask::officialId)
                .collect(Collectors.toSet());
        LocalDate due = MakeupRules.dueOn(s.day(clock.getZone()), LocalDate.ofInstant(event.at(), clock.getZone()),
                dueDays);
        List<MakeupTask> created = new ArrayList<>();
        for (SessionMarks.Mark a : marks.of(s.id())) {
            if (!a.status().attended() && !have.contains(a.officialId())) {
                created.add(tasks.save(new MakeupTask(s.id(), a.officialId(), a.status(), event.at(), due)));
            }
        }
        if (created.isEmpty()) {
            return;
        }
        evaluate(created, Map.of(s.id(), s));
        tasks.flush();
        created.forEach(t -> tell(t, s));
        audit.record("ASSIGN", MakeupTasks.ENTITY, s.id(), "session " + s.title(), "make-up tasks: " + created.size()
                + "; due: " + due);
    }

    /** Tells the official about a new open task in their notification centre (after the assigning commit). */
    private void tell(MakeupTask t, SessionRecord s) {
        if (t.status() != MakeupStatus.OPEN) {
            return;
        }
        accounts.accountOf(t.officialId()).ifPresent(account -> notifier.send(new Notice(
                account, "makeup.assigned:" + t.getId(), "notification.makeup.assigned",
                List.of(s.title(), t.dueOn().toString()), "my-makeup")));
    }

    /** A mark corrected after closing: missed means a task (again), attended means none is owed. */
    @EventListener
    void on(AttendanceRecorded event) {
        SessionRecord s = sessions.records(List.of(event.sessionId())).get(event.sessionId());
        if (s == null || s.status() != SessionStatus.CLOSED) {
            return;
        }
        MakeupTask t = tasks.findBySessionIdAndOfficialId(s.id(), event.officialId()).orElse(null);
        LocalDate due = MakeupRules.dueOn(s.day(clock.getZone()), LocalDate.ofInstant(event.at(), clock.getZone()),
                dueDays);
        String summary = "session " + s.title() + ", " + event.officialName();
        if (event.status().attended()) {
            if (t != null && t.cancel()) {
                tasks.saveAndFlush(t);
                audit.record("CANCEL", MakeupTasks.ENTITY, t.getId(), summary, "marked " + event.status());
            }
        } else if (t == null) {
            MakeupTask created = tasks.save(new MakeupTask(s.id(), event.officialId(), event.status(), event.at(),
                    due));
            evaluate(List.of(created), Map.of(s.id(), s));
            tasks.flush();
            tell(created, s);
            audit.record("ASSIGN", MakeupTasks.ENTITY, created.getId(), summary, "marked " + event.status() + "; due: " + due);
        } else if (t.missedAgain(event.status(), event.at(), due)) {
            tasks.saveAndFlush(t);
            audit.record("UPDATE", MakeupTasks.ENTITY, t.getId(), summary, "marked " + event.status());
        }
    }

    @EventListener
    void on(LessonFinished event) {
        List<MakeupTask> open = tasks.findByOfficialIdAndStatus(event.officialId(), MakeupStatus.OPEN);
        if (!open.isEmpty()) {
            Map<Long, SessionRecord> byId = sessionsOf(open);
            evaluate(open.stream().filter(t -> links(byId.get(t.sessionId()), event.courseId())).toList(), byId);
        }
    }

    @EventListener
    void on(CourseQuizPassed event) {
        List<MakeupTask> open = tasks.findByOfficialIdAndStatus(event.officialId(), MakeupStatus.OPEN);
        if (open.isEmpty()) {
            return;
        }
        Map<Long, SessionRecord> byId = sessionsOf(open);
        List<MakeupTask> touched = open.stream().filter(t -> links(byId.get(t.sessionId()), event.courseId()))
                .filter(t -> t.passQuiz(event.courseId(), event.at())).toList();
        evaluate(touched, byId);
    }

    /** Completes those of the tasks whose lessons are read and quizzes passed; reads progress once for all. */
    private void evaluate(List<MakeupTask> candidates, Map<Long, SessionRecord> byId) {
        if (candidates.isEmpty()) {
            return;
        }
        CourseLibrary library = catalog.library();
        Map<Long, MakeupRules.Requirements> required = new HashMap<>();
        candidates.forEach(t -> required.computeIfAbsent(t.sessionId(),
                id -> MakeupRules.of(byId.get(id).data().lessons(), library)));
        Set<String> courses = MakeupRules.coursesOf(required.values());
        Map<Long, Map<String, Set<Integer>>> finished = courses.isEmpty() ? Map.of()
                : courseStudy.finishedLessons(candidates.stream().map(MakeupTask::officialId).distinct().toList(),
                        courses);
        Instant now = clock.instant();
        for (MakeupTask t : candidates) {
            if (t.completeIfDone(required.get(t.sessionId()), finished.getOrDefault(t.officialId(), Map.of()), now)) {
                SessionRecord s = byId.get(t.sessionId());
                audit.record("COMPLETE", MakeupTasks.ENTITY, t.getId(), "session " + s.title() + ", "
                        + officials.nameOf(t.officialId()), "lessons read and quizzes passed");
            }
            tasks.save(t);
        }
    }

    private static boolean links(SessionRecord s, String courseId) {
        return s != null && s.data().lessons().stream().anyMatch(l -> l.courseId().equals(courseId));
    }

    private Map<Long, SessionRecord> sessionsOf(List<MakeupTask> list) {
        return sessions.records(list.stream().map(MakeupTask::sessionId).distinct().toList());
    }
}
