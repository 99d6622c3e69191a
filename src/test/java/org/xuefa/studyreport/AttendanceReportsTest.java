package org.xuefa.studyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuefa.study.AttendanceStatus.EXCUSED;
import static org.xuefa.study.AttendanceStatus.LATE;
import static org.xuefa.study.AttendanceStatus.PRESENT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudySessions;
import org.xuefa.study.StudyTestTown;
import org.xuefa.studymakeup.MakeupTasks;

class AttendanceReportsTest extends ServiceTestBase {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Autowired
    AttendanceReports reports;
    @Autowired
    AttendanceExports exports;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionClosing closing;
    @Autowired
    SessionRoster rosters;
    @Autowired
    MakeupTasks makeup;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    /** Person 0: absent, excused, absent (a run of two); person 1: absent, late, absent; person 2: present. */
    private StudyTestTown heldThreeSessions() {
        loginAs("admin");
        StudyTestTown t = new StudyTestTown(orgUnits, officials, sessions, rosters, closing, 3);
        t.hold(t.session(clock.instant(), Duration.ofDays(3), List.of()), null, null, PRESENT);
        t.hold(t.session(clock.instant(), Duration.ofDays(2), List.of()), EXCUSED, LATE, PRESENT);
        t.hold(t.session(clock.instant(), Duration.ofDays(1), List.of()), null, null, PRESENT);
        return t;
    }

    private AttendanceFilter year(StudyTestTown t) {
        return new AttendanceFilter(JAN_1, DEC_31, t.town.id());
    }

    @Test
    void the_months_counted_in_one_statement_agree_with_each_months_unit_total() {
        loginAs("leader");
        for (Long unitId : new Long[] {null, unit("brigade")}) {
            List<MonthAttendance> months = reports.months(2026, 11, unitId);
            assertThat(months).hasSize(11);
            assertThat(months.stream().mapToInt(MonthAttendance::invited).sum()).as("the demo year has marks")
                    .isPositive();
            for (MonthAttendance m : months) {
                LocalDate from = LocalDate.of(2026, m.month(), 1);
                List<UnitReportRow> rows = reports.units(new AttendanceFilter(from, from.plusMonths(1).minusDays(1),
                        unitId));
                UnitReportRow total = rows.get(rows.size() - 1);
                assertThat(m.invited()).as("unit %s, month %d", unitId, m.month()).isEqualTo(total.invited());
                assertThat(m.rate()).as("unit %s, month %d", unitId, m.month()).isEqualTo(total.rate());
            }
        }
    }

    @Test
    void per_person_counts_rate_and_the_flag_at_two_consecutive_unexcused_absences() {
        StudyTestTown t = heldThreeSessions();
        List<PersonReportRow> rows = reports.people(year(t), 0, 50);
        assertThat(reports.countPeople(year(t))).isEqualTo(3);
        assertThat(rows.get(0).officialId()).as("the flagged first").isEqualTo(t.id(0));
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.invited()).isEqualTo(3);
            assertThat(r.excused()).isEqualTo(1);
            assertThat(r.absent()).isEqualTo(2);
            assertThat(r.rate()).isEqualTo(0.0);
            assertThat(r.longestUnexcusedRun()).isEqualTo(2);
            assertThat(r.flagged()).isTrue();
            assertThat(r.makeupTotal()).isEqualTo(3);
            assertThat(r.makeupDone()).isZero();
        });
        PersonReportRow second = rows.stream().filter(r -> r.officialId().equals(t.id(1))).findFirst().orElseThrow();
        assertThat(second.longestUnexcusedRun()).isEqualTo(1);
        assertThat(second.flagged()).isFalse();
        assertThat(second.rate()).isEqualTo(1 / 3.0);
        PersonReportRow third = rows.stream().filter(r -> r.officialId().equals(t.id(2))).findFirst().orElseThrow();
        assertThat(third.rate()).isEqualTo(1.0);
        assertThat(third.makeupTotal()).isZero();
        assertThat(reports.people(year(t), 1, 1)).extracting(PersonReportRow::officialId).hasSize(1)
                .doesNotContain(t.id(0));
    }

    @Test
    void per_session_and_per_unit_figures_add_up() {
        StudyTestTown t = heldThreeSessions();
        List<SessionReportRow> rows = reports.sessions(year(t), 0, 10);
        assertThat(reports.countSessions(year(t))).isEqualTo(3);
        assertThat(rows).hasSize(3);
        // latest first: the third session (two absent, one present)
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.invited()).isEqualTo(3);
            assertThat(r.present()).isEqualTo(1);
            assertThat(r.absent()).isEqualTo(2);
            assertThat(r.rate()).isEqualTo(1 / 3.0);
            assertThat(r.makeupTotal()).isEqualTo(2);
        });
        assertThat(rows.get(1)).satisfies(r -> {
            assertThat(r.late()).isEqualTo(1);
            assertThat(r.excused()).isEqualTo(1);
            assertThat(r.rate()).as("(1 present + 1 late) / (3 invited - 1 excused)").isEqualTo(1.0);
        });
        List<UnitReportRow> units = reports.units(year(t));
        assertThat(units).hasSize(2);
        assertThat(units.get(0)).satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(t.town.id());
            assertThat(u.people()).isEqualTo(3);
            assertThat(u.invited()).isEqualTo(9);
            assertThat(u.present()).isEqualTo(3);
            assertThat(u.late()).isEqualTo(1);
            assertThat(u.excused()).isEqualTo(1);
            assertThat(u.absent()).isEqualTo(4);
            assertThat(u.rate()).isEqualTo(4 / 8.0);
            assertThat(u.flaggedPeople()).isEqualTo(1);
            assertThat(u.makeupTotal()).isEqualTo(5);
        });
        assertThat(units.get(1).total()).isTrue();
        assertThat(units.get(1).invited()).isEqualTo(9);
        // a period before the sessions shows nothing
        AttendanceFilter january = new AttendanceFilter(JAN_1, LocalDate.of(2026, 1, 31), t.town.id());
        assertThat(reports.countSessions(january)).isZero();
        assertThat(reports.people(january, 0, 10)).isEmpty();
    }

    @Test
    void another_towns_sessions_and_people_are_not_visible_to_the_organizer_leader_or_hr() {
        StudyTestTown t = heldThreeSessions();
        Long theirs = reports.sessions(year(t), 0, 1).get(0).sessionId();
        for (String user : List.of("organizer", "leader", "hr")) {
            loginAs(user);
            AttendanceFilter all = AttendanceFilter.yearOf(LocalDate.of(2026, 6, 1));
            assertThat(reports.sessions(all, 0, 500)).as(user).noneMatch(r -> r.unitName().equals(t.town.name()));
            assertThat(reports.people(all, 0, 500)).as(user)
                    .noneMatch(r -> t.people.stream().anyMatch(o -> o.id().equals(r.officialId())));
            assertThat(reports.units(all)).as(user).noneMatch(u -> t.town.id().equals(u.unitId()));
            assertThatThrownBy(() -> reports.people(year(t), 0, 10)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.session(theirs)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_demo_town_flags_the_brigade_member_absent_twice_in_a_row() {
        loginAs("organizer");
        AttendanceFilter all = AttendanceFilter.yearOf(LocalDate.of(2026, 11, 26));
        assertThat(reports.people(all, 0, 200)).anySatisfy(r -> {
            assertThat(r.staffNumber()).isEqualTo("TP-082");
            assertThat(r.flagged()).isTrue();
        });
        assertThat(reports.sessions(all, 0, 200)).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo("会前学法：行政处罚决定程序与执行");
            assertThat(r.absent()).isEqualTo(2);
        });
    }

    @Test
    void a_cadre_gets_no_report_and_no_export() {
        loginAs("cadre");
        AttendanceFilter all = AttendanceFilter.yearOf(LocalDate.of(2026, 6, 1));
        assertThatThrownBy(() -> reports.sessions(all, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.people(all, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.units(all)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.csv(AttendanceReport.PEOPLE, all, Messages.CHINESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_people_csv_has_a_bom_translated_headers_and_the_same_figures() {
        StudyTestTown t = heldThreeSessions();
        byte[] bytes = exports.csv(AttendanceReport.PEOPLE, year(t), Messages.CHINESE);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("姓名,工号,单位,应到,出席,迟到,请假,缺席,出勤率（%）,最长连续缺席,连续缺席标记,补学已完成,须补学");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo(t.people.get(0).name() + "," + t.people.get(0).staffNumber() + ","
                + t.town.name() + ",3,0,0,1,2,0.0,2,是,0,3");
        assertThat(lines).anyMatch(l -> l.endsWith(",3,0,1,0,2,33.3,1,,0,2"));
        String english = new String(exports.csv(AttendanceReport.UNITS, year(t), Messages.ENGLISH),
                StandardCharsets.UTF_8);
        assertThat(english).contains("Unit,People,Invited,Present,Late,Excused,Absent,Attendance rate (%)")
                .contains("Make-up town").contains("Total,3,9,3,1,1,4,50.0,1,0,5");
        assertThat(exports.xlsx(AttendanceReport.SESSIONS, year(t), Messages.CHINESE)).startsWith('P', 'K');
    }
}
