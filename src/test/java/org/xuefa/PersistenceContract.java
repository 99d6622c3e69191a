package org.xuefa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.Establishment;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReports;
import org.xuefa.studyreport.UnitReportRow;

/**
 * What the database must do, whichever it is: the same migrations, queries and locking on H2 and PostgreSQL.
 * Each subclass picks the database.
 */
abstract class PersistenceContract extends ServiceTestBase {
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;
    @Autowired
    Establishment establishment;
    @Autowired
    StaffingGapReport staffing;
    @Autowired
    AuditLog audit;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void migrations_and_demo_seed_produce_the_brigade_figures() {
        loginAs("hr");
        var brigade = staffing.today().rows().stream().filter(r -> r.unitName().equals("综合执法大队")).findFirst()
                .orElseThrow();
        assertThat(brigade.established()).isEqualTo(5);
        assertThat(brigade.filled()).isEqualTo(2);
        assertThat(brigade.vacant()).isEqualTo(3);
    }

    @Autowired
    AttendanceReports attendance;

    @Test
    void the_attendance_reports_count_the_demo_sessions_and_make_up_tasks() {
        loginAs("organizer");
        var year = AttendanceFilter.yearOf(LocalDate.of(2026, 11, 26));
        assertThat(attendance.people(year, 0, 200)).anySatisfy(r -> {
            assertThat(r.staffNumber()).isEqualTo("TP-082");
            assertThat(r.flagged()).isTrue();
            assertThat(r.makeupTotal()).isGreaterThanOrEqualTo(2);
        });
        assertThat(attendance.countSessions(year)).isGreaterThanOrEqualTo(5);
        assertThat(attendance.sessions(year, 0, 50)).anySatisfy(r -> assertThat(r.makeupDone()).isPositive());
        var units = attendance.units(year);
        assertThat(units.get(units.size() - 1).invited()).isEqualTo(units.stream().filter(u -> !u.total())
                .mapToInt(UnitReportRow::invited).sum());
    }

    @Test
    void a_new_unit_official_post_and_assignment_round_trip() {
        loginAs("admin");
        OrgUnitRecord root = orgUnits.create("t-" + suffix, "测试镇" + suffix, null, UnitKind.TOWN, null, 9);
        OrgUnitRecord child = orgUnits.create("t-" + suffix + "-b", "测试执法队", "Test brigade", UnitKind.BRIGADE,
                root.id(), 1);
        assertThat(child.path()).isEqualTo("/t-" + suffix + "/t-" + suffix + "-b/");
        OfficialRecord o = officials.create("T-" + suffix, new OfficialData("测试干部", child.id(), "队员",
                OfficialCategory.STAFF, EmploymentType.ESTABLISHED, LocalDate.of(2024, 1, 1), null));
        Long post = establishment.createPost(child.id(), PostKind.ENFORCEMENT, "执法岗", 3, null);
        establishment.assign(post, o.id(), AssignmentType.PRIMARY, LocalDate.of(2024, 1, 1));

        assertThat(officials.search(new OfficialFilter("测试干部", root.id(), null, true), 0, 10))
                .extracting(OfficialRecord::staffNumber).containsExactly("T-" + suffix);
        assertThat(establishment.postsOf(child.id())).singleElement()
                .satisfies(p -> assertThat(p.primaryHolders()).isEqualTo(1));
        assertThat(audit.count(new AuditFilter(suffix, "org_unit", null, null, null))).isEqualTo(2);
    }

    @Test
    void a_stale_edit_is_refused_not_silently_applied() {
        OfficialRecord o = fixtures.newOfficial(unit("office")); // the demo's officials stay as they are
        loginAs("hr");
        officials.update(o.id(), withPosition(o, "科员" + suffix), o.version());
        assertThatThrownBy(() -> officials.update(o.id(), withPosition(o, "科员（乙）"), o.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.conflict");
        assertThat(officials.find(o.id()).orElseThrow().positionTitle()).isEqualTo("科员" + suffix);
    }

    @Test
    void staff_numbers_are_unique() {
        loginAs("hr");
        OrgUnitRecord office = orgUnits.visibleTree().stream().filter(u -> u.code().equals("office")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> officials.create("TP-011", new OfficialData("重复", office.id(), null, null, null,
                null, null))).isInstanceOf(BusinessException.class).hasMessageContaining("staff-number-taken");
    }

    private static OfficialData withPosition(OfficialRecord o, String position) {
        OfficialData d = o.data();
        return new OfficialData(d.name(), d.unitId(), position, d.category(), d.employmentType(), d.joinedOn(),
                d.leftOn());
    }
}
