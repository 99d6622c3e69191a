package org.xuefa.studyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.ServiceTestBase;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudySessions;
import org.xuefa.study.StudyTestTown;

/**
 * The database's attendance figures (counts, rates, longest unexcused runs and their flags, paging and order)
 * against the same figures counted here, independently, from the marks the test itself chose at random.
 */
class AttendanceFiguresAtScaleTest extends ServiceTestBase {
    private static final int PEOPLE = 12;
    private static final int SESSIONS = 9;

    @Autowired
    AttendanceReports reports;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionClosing closing;
    @Autowired
    SessionRoster rosters;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    @Test
    void per_person_and_per_unit_figures_match_counts_made_from_the_marks() {
        loginAs("admin");
        StudyTestTown t = new StudyTestTown(orgUnits, officials, sessions, rosters, closing, PEOPLE);
        Random random = new Random(11);
        AttendanceStatus[][] marks = new AttendanceStatus[PEOPLE][SESSIONS];
        AttendanceStatus[] all = AttendanceStatus.values();
        for (int s = 0; s < SESSIONS; s++) {
            AttendanceStatus[] row = new AttendanceStatus[PEOPLE];
            for (int p = 0; p < PEOPLE; p++) {
                row[p] = all[random.nextInt(all.length)];
                marks[p][s] = row[p];
            }
            // oldest first, so that the order of sessions is the order of the columns
            t.hold(t.session(clock.instant(), Duration.ofDays(SESSIONS - s + 1), List.of()), row);
        }
        AttendanceFilter year = new AttendanceFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                t.town.id());

        List<PersonReportRow> expected = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            int[] c = new int[4];
            int run = 0;
            int longest = 0;
            for (AttendanceStatus m : marks[p]) {
                c[m.ordinal()]++;
                if (m == AttendanceStatus.ABSENT) {
                    longest = Math.max(longest, ++run);
                } else if (m != AttendanceStatus.EXCUSED) {
                    run = 0;
                }
            }
            int counted = SESSIONS - c[2];
            Double rate = counted == 0 ? null : (c[0] + c[1]) / (double) counted;
            expected.add(new PersonReportRow(t.id(p), t.people.get(p).name(), t.people.get(p).staffNumber(),
                    t.town.name(), SESSIONS, c[0], c[1], c[2], c[3], rate, longest, longest >= 2, 0, 0));
        }
        expected.sort(Comparator.comparing((PersonReportRow r) -> !r.flagged()).thenComparing(PersonReportRow::name));

        assertThat(reports.countPeople(year)).isEqualTo(PEOPLE);
        List<PersonReportRow> paged = new ArrayList<>(reports.people(year, 0, 5));
        paged.addAll(reports.people(year, 5, 5));
        paged.addAll(reports.people(year, 10, 5));
        assertThat(paged).usingRecursiveFieldByFieldElementComparatorIgnoringFields("makeupDone", "makeupTotal")
                .containsExactlyElementsOf(expected);
        assertThat(paged).allSatisfy(r -> assertThat(r.makeupTotal()).isEqualTo(r.excused() + r.absent()));

        List<PersonReportRow> streamed = new ArrayList<>();
        reports.eachPerson(year, streamed::add);
        assertThat(streamed).isEqualTo(paged);

        UnitReportRow unit = reports.units(year).get(0);
        assertThat(unit.people()).isEqualTo(PEOPLE);
        assertThat(unit.invited()).isEqualTo(PEOPLE * SESSIONS);
        assertThat(unit.absent()).isEqualTo(expected.stream().mapToInt(PersonReportRow::absent).sum());
        assertThat(unit.flaggedPeople()).isEqualTo((int) expected.stream().filter(PersonReportRow::flagged).count());
        assertThat(reports.countSessions(year)).isEqualTo(SESSIONS);
        assertThat(reports.people(year, PersonOrder.ABSENT_DESCENDING, 0, 1).get(0).absent())
                .isEqualTo(expected.stream().mapToInt(PersonReportRow::absent).max().orElseThrow());
    }
}
