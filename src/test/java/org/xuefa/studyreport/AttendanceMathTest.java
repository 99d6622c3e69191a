package org.xuefa.studyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuefa.study.AttendanceStatus.ABSENT;
import static org.xuefa.study.AttendanceStatus.EXCUSED;
import static org.xuefa.study.AttendanceStatus.LATE;
import static org.xuefa.study.AttendanceStatus.PRESENT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attendance rate and the runs of unexcused absences. */
class AttendanceMathTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZONE);

    @Test
    void the_rate_counts_present_and_late_against_the_invited_who_had_no_leave() {
        assertThat(AttendanceMath.rate(3, 1, 6, 2)).isEqualTo(1.0);
        assertThat(AttendanceMath.rate(2, 0, 5, 1)).isEqualTo(0.5);
        assertThat(AttendanceMath.rate(1, 1, 4, 0)).isEqualTo(0.5);
        assertThat(AttendanceMath.rate(0, 0, 3, 0)).isEqualTo(0.0);
    }

    @Test
    void the_rate_is_undefined_when_everyone_was_excused_or_nobody_invited() {
        assertThat(AttendanceMath.rate(0, 0, 2, 2)).isNull();
        assertThat(AttendanceMath.rate(0, 0, 0, 0)).isNull();
    }

    @Test
    void two_absences_in_a_row_make_a_run_of_two() {
        assertThat(AttendanceMath.longestUnexcusedRun(List.of(PRESENT, ABSENT, ABSENT))).isEqualTo(2);
    }

    @Test
    void attending_breaks_a_run_and_being_late_counts_as_attending() {
        assertThat(AttendanceMath.longestUnexcusedRun(List.of(ABSENT, PRESENT, ABSENT))).isEqualTo(1);
        assertThat(AttendanceMath.longestUnexcusedRun(List.of(ABSENT, LATE, ABSENT))).isEqualTo(1);
    }

    @Test
    void leave_between_two_absences_neither_breaks_nor_lengthens_the_run() {
        assertThat(AttendanceMath.longestUnexcusedRun(List.of(ABSENT, EXCUSED, ABSENT))).isEqualTo(2);
        assertThat(AttendanceMath.longestUnexcusedRun(List.of(EXCUSED, EXCUSED))).isZero();
    }

    @Test
    void the_longest_run_is_reported_not_the_last() {
        assertThat(AttendanceMath.longestUnexcusedRun(List.of(LATE, ABSENT, ABSENT, ABSENT, PRESENT, ABSENT)))
                .isEqualTo(3);
        assertThat(AttendanceMath.longestUnexcusedRun(List.of())).isZero();
    }
}
