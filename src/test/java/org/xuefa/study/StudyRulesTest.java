package org.xuefa.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuefa.base.BusinessException;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.Audiences;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

class StudyRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZONE).toInstant();

    @Test
    void check_in_opens_shortly_before_the_start_and_closes_the_configured_time_after_it() {
        CheckInWindow window = CheckInWindow.of(30, 60);
        assertThat(window.isOpen(START, START.minus(Duration.ofMinutes(31)))).isFalse();
        assertThat(window.isOpen(START, START.minus(Duration.ofMinutes(30)))).isTrue();
        assertThat(window.isOpen(START, START.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(window.isOpen(START, START.plus(Duration.ofMinutes(60)))).isFalse();
    }

    @Test
    void arriving_after_the_start_counts_as_late() {
        assertThat(Attendance.lateness(START, START.minusSeconds(1))).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(Attendance.lateness(START, START)).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(Attendance.lateness(START, START.plusSeconds(1))).isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    void a_check_in_over_leave_or_absence_counts_but_a_second_check_in_changes_nothing() {
        Attendance excused = new Attendance(1L, 2L, AttendanceStatus.EXCUSED, AttendanceSource.LEAVE, "sick", START, "o");
        assertThat(excused.checkInOver(START, START.minusSeconds(60), "c")).isTrue();
        assertThat(excused.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(excused.checkInOver(START, START.plusSeconds(600), "c")).isFalse();
        assertThat(excused.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(excused.checkedInAt()).isEqualTo(START.minusSeconds(60));
    }

    @Test
    void weekly_monthly_and_quarterly_repeats_give_separate_dates_up_to_the_end() {
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 31, 9, 30, 0, 0, ZONE);
        assertThat(new Repeat(Repeat.Frequency.WEEKLY, LocalDate.of(2026, 2, 21)).starts(first)).extracting(
                ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 7),
                        LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 21));
        assertThat(new Repeat(Repeat.Frequency.MONTHLY, LocalDate.of(2026, 4, 30)).starts(first)).extracting(
                ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        assertThat(new Repeat(Repeat.Frequency.QUARTERLY, LocalDate.of(2026, 12, 31)).starts(first))
                .hasSize(4).allMatch(z -> z.getHour() == 9 && z.getMinute() == 30);
        assertThatThrownBy(() -> new Repeat(Repeat.Frequency.WEEKLY, LocalDate.of(2026, 1, 1)).starts(first))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new Repeat(Repeat.Frequency.WEEKLY, LocalDate.of(2030, 1, 1)).starts(first))
                .isInstanceOf(BusinessException.class).hasMessageContaining("too-many");
    }

    @Test
    void credit_hours_follow_the_length_in_half_hours_rounded_down() {
        assertThat(StudySessions.creditHours(Duration.ofMinutes(90), 45)).isEqualByComparingTo("2");
        assertThat(StudySessions.creditHours(Duration.ofMinutes(60), 45)).isEqualByComparingTo("1");
        assertThat(StudySessions.creditHours(Duration.ofMinutes(30), 45)).isEqualByComparingTo("0.5");
        assertThat(StudySessions.creditHours(Duration.ofMinutes(20), 45)).isEqualByComparingTo("0");
        assertThat(StudySessions.creditHours(Duration.ofMinutes(120), 60)).isEqualByComparingTo(BigDecimal.valueOf(2));
    }

    @Test
    void invitees_by_unit_role_category_and_name_and_only_those_who_belonged_on_the_day() {
        OrgUnitRecord town = new OrgUnitRecord(1L, "t", "镇", null, UnitKind.TOWN, null, "/t/", 0, 0);
        OrgUnitRecord brigade = new OrgUnitRecord(2L, "b", "大队", null, UnitKind.BRIGADE, 1L, "/t/b/", 0, 0);
        OrgUnitRecord other = new OrgUnitRecord(3L, "o", "他镇", null, UnitKind.TOWN, null, "/o/", 0, 0);
        Map<Long, OrgUnitRecord> units = Map.of(1L, town, 2L, brigade, 3L, other);
        OfficialRecord officer = official(10L, 2L, OfficialCategory.STAFF, LocalDate.of(2020, 1, 1), null);
        OfficialRecord outsideLeader = official(11L, 3L, OfficialCategory.LEADERSHIP_TEAM, LocalDate.of(2020, 1, 1), null);
        assertThat(Audiences.includes(Set.of(AudienceRule.unit(2L)), 1L, officer, units, (id, r) -> false)).isTrue();
        assertThat(Audiences.includes(Set.of(AudienceRule.unit(1L)), 1L, officer, units, (id, r) -> false)).isTrue();
        assertThat(Audiences.includes(Set.of(AudienceRule.category(OfficialCategory.LEADERSHIP_TEAM)), 1L,
                outsideLeader, units, (id, r) -> false)).as("another town's leaders are not invited").isFalse();
        assertThat(Audiences.includes(Set.of(AudienceRule.role(Role.LEADER)), 1L, officer, units,
                (id, r) -> r == Role.LEADER)).isTrue();
        assertThat(Audiences.includes(Set.of(AudienceRule.role(Role.LEADER)), 1L, officer, units,
                (id, r) -> r == Role.HR)).isFalse();
        assertThat(Audiences.includes(Set.of(AudienceRule.official(11L)), 1L, outsideLeader, units, (id, r) -> false)).isTrue();
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(Invitations.belongedOn(officer, day)).isTrue();
        assertThat(Invitations.belongedOn(official(12L, 2L, OfficialCategory.STAFF, day.plusDays(1), null), day))
                .as("joined after the session").isFalse();
        assertThat(Invitations.belongedOn(official(13L, 2L, OfficialCategory.STAFF, day.minusYears(1),
                day.minusDays(1)), day)).as("left before the session").isFalse();
    }

    private static OfficialRecord official(Long id, Long unitId, OfficialCategory category, LocalDate joined,
            LocalDate left) {
        return new OfficialRecord(id, "X-" + id, "人" + id, unitId, "", null, category, EmploymentType.ESTABLISHED,
                left == null, joined, left, null, 0);
    }
}
