package org.xuefa.studymakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuefa.study.AttendanceStatus.ABSENT;
import static org.xuefa.study.AttendanceStatus.EXCUSED;
import static org.xuefa.study.AttendanceStatus.PRESENT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuefa.base.BusinessException;
import org.xuefa.study.LessonRef;

class MakeupRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZONE);

    @Test
    void a_task_is_due_days_after_the_session_or_after_a_later_assignment() {
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(MakeupRules.dueOn(today, today, 14)).isEqualTo(LocalDate.of(2026, 12, 10));
        // a session held long ago and closed today: the official still gets the full period
        assertThat(MakeupRules.dueOn(today.minusDays(60), today, 14)).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void an_open_task_is_overdue_the_day_after_its_due_date_and_a_done_one_never() {
        Instant now = CLOCK.instant();
        MakeupTask t = new MakeupTask(1L, 2L, ABSENT, now, LocalDate.of(2026, 12, 10));
        assertThat(t.overdueOn(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(t.overdueOn(LocalDate.of(2026, 12, 11))).isTrue();
        t.confirm("读了学法记录", now);
        assertThat(t.overdueOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void a_task_with_lessons_completes_when_every_lesson_is_read_and_the_quiz_passed_after_assignment() {
        Instant assigned = CLOCK.instant();
        MakeupTask t = new MakeupTask(1L, 2L, ABSENT, assigned, LocalDate.of(2026, 12, 10));
        var required = new MakeupRules.Requirements(List.of(new LessonRef("p", 1), new LessonRef("p", 2)), Set.of("p"));
        assertThat(t.passQuiz("p", assigned.minus(Duration.ofDays(1)))).as("passed before it was assigned").isFalse();
        assertThat(t.completeIfDone(required, Map.of("p", Set.of(1, 2)), assigned)).isFalse();
        assertThat(t.passQuiz("p", assigned.plusSeconds(60))).isTrue();
        assertThat(t.completeIfDone(required, Map.of("p", Set.of(1)), assigned)).as("one lesson unread").isFalse();
        assertThat(t.completeIfDone(required, Map.of("p", Set.of(1, 2, 3)), assigned.plusSeconds(90))).isTrue();
        assertThat(t.status()).isEqualTo(MakeupStatus.DONE);
        assertThat(t.completedAt()).isEqualTo(assigned.plusSeconds(90));
        assertThat(t.completeIfDone(required, Map.of("p", Set.of(1, 2)), assigned.plusSeconds(120)))
                .as("completed once").isFalse();
    }

    @Test
    void a_task_without_lessons_completes_only_by_a_confirmation_with_a_note() {
        Instant now = CLOCK.instant();
        MakeupTask t = new MakeupTask(1L, 2L, EXCUSED, now, LocalDate.of(2026, 12, 10));
        var none = new MakeupRules.Requirements(List.of(), Set.of());
        assertThat(none.confirmOnly()).isTrue();
        assertThat(t.completeIfDone(none, Map.of(), now)).isFalse();
        assertThatThrownBy(() -> t.confirm("  ", now)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("makeup.error.note");
        t.confirm(" 学习了第五条 ", now);
        assertThat(t.confirmation()).isEqualTo("学习了第五条");
        assertThatThrownBy(() -> t.confirm("again", now)).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("makeup.error.not-open");
    }

    @Test
    void a_corrected_mark_cancels_an_open_task_and_missing_again_reopens_it_from_then() {
        Instant now = CLOCK.instant();
        MakeupTask t = new MakeupTask(1L, 2L, ABSENT, now, LocalDate.of(2026, 12, 10));
        assertThat(t.cancel()).isTrue();
        assertThat(t.status()).isEqualTo(MakeupStatus.CANCELLED);
        Instant later = now.plus(Duration.ofDays(3));
        assertThat(t.missedAgain(EXCUSED, later, LocalDate.of(2026, 12, 13))).isTrue();
        assertThat(t.status()).isEqualTo(MakeupStatus.OPEN);
        assertThat(t.reason()).isEqualTo(EXCUSED);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(t.passQuiz("p", now)).as("a pass before the new assignment").isFalse();
        assertThatThrownBy(() -> new MakeupTask(1L, 2L, PRESENT, now, LocalDate.of(2026, 12, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_due_date_cannot_be_moved_before_the_session() {
        MakeupTask t = new MakeupTask(1L, 2L, ABSENT, CLOCK.instant(), LocalDate.of(2026, 12, 10));
        LocalDate sessionDay = LocalDate.of(2026, 11, 20);
        assertThatThrownBy(() -> t.changeDue(sessionDay.minusDays(1), sessionDay))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("makeup.error.due");
        t.changeDue(sessionDay.plusDays(3), sessionDay);
        assertThat(t.overdueOn(LocalDate.now(CLOCK))).isTrue();
    }
}
