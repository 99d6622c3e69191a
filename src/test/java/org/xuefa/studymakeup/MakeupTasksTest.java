package org.xuefa.studymakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.BusinessException;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseStudy;
import org.xuefa.notification.Notifications;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.quiz.CourseQuizzes;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.QuizTestSupport;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionClosed;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;
import org.xuefa.study.StudyTestTown;
import org.xuefa.studyreport.AttendanceReports;

class MakeupTasksTest extends ServiceTestBase {
    @Autowired
    MakeupTasks makeup;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionRoster rosters;
    @Autowired
    SessionClosing closing;
    @Autowired
    AttendanceReports reports;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;
    @Autowired
    CourseStudy courseStudy;
    @Autowired
    CourseQuizzes quizzes;
    @Autowired
    ExamTaking taking;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private StudyTestTown town(int size) {
        loginAs("admin");
        return new StudyTestTown(orgUnits, officials, sessions, rosters, closing, size);
    }

    @Test
    void closing_gives_the_absent_and_the_excused_one_task_each_and_closing_again_gives_none() {
        StudyTestTown t = town(3);
        SessionRecord s = t.session(clock.instant(), Duration.ofHours(2), List.of());
        t.hold(s, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, null);
        List<MakeupRow> rows = makeup.ofSession(s.id());
        assertThat(rows).extracting(MakeupRow::officialId).containsExactlyInAnyOrder(t.id(1), t.id(2));
        assertThat(rows).extracting(MakeupRow::reason)
                .containsExactlyInAnyOrder(AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT);
        // held today: due 14 days later (xuefa.makeup.due-days)
        assertThat(rows).allMatch(r -> r.dueOn().equals(LocalDate.of(2026, 12, 10)) && r.status() == MakeupStatus.OPEN
                && r.confirmOnly());

        assertThatThrownBy(() -> closing.close(s.id())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.session.error.closed");
        // even if the closing event came twice, nobody gets a second task
        tx.executeWithoutResult(x -> events.publishEvent(new SessionClosed(s.id(), clock.instant())));
        assertThat(makeup.ofSession(s.id())).hasSize(2);
    }

    @Test
    void reading_the_lessons_and_passing_the_quiz_after_assignment_completes_the_task_against_the_session() {
        StudyTestTown t = town(1);
        Long me = t.id(0);
        // a quiz passed before the make-up was assigned does not count for it
        loginAsOfficial(me);
        QuizTestSupport.passCourseQuiz(quizzes, taking, catalog, "admin-penalty");
        clock.advance(Duration.ofHours(1));
        loginAs("admin");
        SessionRecord s = t.session(clock.instant(), Duration.ofMinutes(40), List.of(new LessonRef("admin-penalty", 2)));
        t.hold(s, (AttendanceStatus) null);

        loginAsOfficial(me);
        MakeupItem item = makeup.mine().stream().filter(i -> i.session().id().equals(s.id())).findFirst().orElseThrow();
        assertThat(item.open()).isTrue();
        assertThat(item.confirmOnly()).isFalse();
        assertThat(item.lessons()).singleElement().satisfies(l -> {
            assertThat(l.lessonNo()).isEqualTo(2);
            assertThat(l.read()).isFalse();
        });
        assertThat(item.quizzes()).singleElement().satisfies(q -> assertThat(q.passed()).isFalse());
        assertThatThrownBy(() -> makeup.confirm(item.taskId(), "只确认", item.version()))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("makeup.error.has-lessons");

        courseStudy.finish("admin-penalty", 2);
        MakeupItem read = makeup.mine().stream().filter(i -> i.taskId().equals(item.taskId())).findFirst().orElseThrow();
        assertThat(read.lessons().get(0).read()).isTrue();
        assertThat(read.open()).as("the quiz is still to pass").isTrue();

        clock.advance(Duration.ofMinutes(5));
        QuizTestSupport.passCourseQuiz(quizzes, taking, catalog, "admin-penalty");
        MakeupItem done = makeup.mine().stream().filter(i -> i.taskId().equals(item.taskId())).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(MakeupStatus.DONE);
        assertThat(done.completedAt()).isEqualTo(clock.instant());

        loginAs("admin");
        assertThat(makeup.ofSession(s.id())).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(MakeupStatus.DONE);
            assertThat(r.completedAt()).isEqualTo(clock.instant());
            assertThat(r.lessonsRead()).isEqualTo(1);
            assertThat(r.quizzesPassed()).isEqualTo(1);
        });
        assertThat(reports.session(s.id())).satisfies(r -> {
            assertThat(r.makeupDone()).isEqualTo(1);
            assertThat(r.makeupTotal()).isEqualTo(1);
        });
    }

    @Test
    void an_official_confirms_only_their_own_task_of_a_session_without_lessons() {
        StudyTestTown t = town(2);
        SessionRecord s = t.session(clock.instant(), Duration.ofHours(1), List.of());
        t.hold(s, null, null);
        MakeupRow first = makeup.ofSession(s.id()).stream().filter(r -> r.officialId().equals(t.id(0))).findFirst()
                .orElseThrow();
        loginAsOfficial(t.id(1));
        assertThatThrownBy(() -> makeup.confirm(first.taskId(), "不是我的", first.version()))
                .isInstanceOf(AccessDeniedException.class);
        loginAsOfficial(t.id(0));
        assertThatThrownBy(() -> makeup.confirm(first.taskId(), " ", first.version()))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("makeup.error.note");
        MakeupItem done = makeup.confirm(first.taskId(), "学习了行政处罚法第三十三条", first.version());
        assertThat(done.status()).isEqualTo(MakeupStatus.DONE);
        assertThat(done.confirmation()).isEqualTo("学习了行政处罚法第三十三条");
        assertThatThrownBy(() -> makeup.confirm(first.taskId(), "再来一次", done.version()))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("makeup.error.not-open");
        loginAsOfficial(t.id(1));
        assertThat(makeup.mine()).singleElement().satisfies(i -> assertThat(i.open()).isTrue());
    }

    @Test
    void correcting_a_mark_after_closing_cancels_or_reopens_the_task() {
        StudyTestTown t = town(1);
        SessionRecord s = t.session(clock.instant(), Duration.ofHours(1), List.of());
        t.hold(s, (AttendanceStatus) null);
        assertThat(makeup.ofSession(s.id())).hasSize(1);
        rosters.mark(s.id(), t.id(0), AttendanceStatus.LATE, "迟到补登");
        assertThat(makeup.ofSession(s.id())).as("a cancelled task is not shown").isEmpty();
        rosters.mark(s.id(), t.id(0), AttendanceStatus.EXCUSED, "补交请假条");
        assertThat(makeup.ofSession(s.id())).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(MakeupStatus.OPEN);
            assertThat(r.reason()).isEqualTo(AttendanceStatus.EXCUSED);
        });
    }

    @Test
    void only_organizers_in_scope_move_a_due_date_and_only_readers_in_scope_see_a_sessions_tasks() {
        StudyTestTown t = town(1);
        // held three days ago, closed today: due 14 days from today
        SessionRecord s = t.session(clock.instant(), Duration.ofDays(3), List.of());
        t.hold(s, (AttendanceStatus) null);
        MakeupRow row = makeup.ofSession(s.id()).get(0);
        assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        for (String user : List.of("organizer", "leader", "hr")) {
            loginAs(user);
            assertThatThrownBy(() -> makeup.ofSession(s.id())).as(user + " outside the test town")
                    .isInstanceOf(AccessDeniedException.class);
        }
        loginAs("cadre");
        assertThatThrownBy(() -> makeup.ofSession(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> makeup.changeDue(row.taskId(), LocalDate.of(2026, 12, 31), row.version()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("leader");
        assertThatThrownBy(() -> makeup.changeDue(row.taskId(), LocalDate.of(2026, 12, 31), row.version()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("organizer");
        assertThatThrownBy(() -> makeup.changeDue(row.taskId(), LocalDate.of(2026, 12, 31), row.version()))
                .as("another town").isInstanceOf(AccessDeniedException.class);

        loginAs("admin");
        assertThatThrownBy(() -> makeup.changeDue(row.taskId(), LocalDate.of(2026, 11, 22), row.version()))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("makeup.error.due");
        // the town's rule of 14 days after the session would have made it due yesterday
        makeup.changeDue(row.taskId(), LocalDate.of(2026, 11, 25), row.version());
        assertThat(makeup.ofSession(s.id()).get(0)).satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(r.overdue()).isTrue();
        });
        assertThatThrownBy(() -> makeup.changeDue(row.taskId(), LocalDate.of(2026, 12, 31), row.version()))
                .as("a stale version").extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.conflict");
    }

    @Test
    void the_demo_town_has_make_up_done_open_and_overdue() {
        loginAs("organizer");
        List<MakeupRow> rows = sessions.list(new SessionFilter(null, 2026, null, SessionStatus.CLOSED, null), 0, 100)
                .stream().flatMap(s -> makeup.ofSession(s.id()).stream()).toList();
        assertThat(rows).anyMatch(r -> r.status() == MakeupStatus.DONE && r.completedAt() != null);
        assertThat(rows).anyMatch(r -> r.status() == MakeupStatus.OPEN && !r.overdue());
        assertThat(rows).anyMatch(MakeupRow::overdue);
    }

    @Test
    void the_demo_cadre_owes_make_up_for_the_brigade_session_with_one_lesson_read() {
        loginAs("cadre");
        assertThat(makeup.mine()).anySatisfy(i -> {
            assertThat(i.session().title()).isEqualTo("会前学法：行政处罚决定程序与执行");
            assertThat(i.open()).isTrue();
            assertThat(i.lessons()).extracting(MakeupItem.LessonItem::read).containsExactly(true, false);
            assertThat(i.quizzes()).extracting(MakeupItem.QuizItem::courseId).containsExactly("admin-penalty");
        });
        // and was told so in the notification centre when the session was closed
        assertThat(notifications.mine(0, 200)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.makeup.assigned");
            assertThat(n.args()).contains("会前学法：行政处罚决定程序与执行");
            assertThat(n.link()).isEqualTo("my-makeup");
        });
    }

    @Autowired
    Notifications notifications;
}
