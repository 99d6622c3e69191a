package org.xuefa.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialCategory;
import org.xuefa.security.Role;

class HoursServicesTest extends ServiceTestBase {
    @Autowired
    StudyHours hours;
    @Autowired
    HoursPolicy policy;
    @Autowired
    ExternalTraining external;
    @Autowired
    AuditLog audit;
    @Autowired
    HoursCompliance compliance;
    @Autowired
    BehindPaceReminders reminders;

    @Test
    void in_the_demo_town_deng_wei_is_behind_pace_but_can_make_it_and_xie_ting_and_the_cadre_cannot() {
        loginAs("hr");
        var rows = compliance.people(unit("tangpeng"), true, 0, 100);
        var deng = rows.stream().filter(r -> r.staffNumber().equals("TP-032")).findFirst().orElseThrow();
        var xie = rows.stream().filter(r -> r.staffNumber().equals("TP-033")).findFirst().orElseThrow();
        var cadre = rows.stream().filter(r -> r.staffNumber().equals("TP-022")).findFirst().orElseThrow();
        assertThat(deng.behind()).isTrue();
        assertThat(deng.cannotMakeIt()).isFalse();
        assertThat(xie.cannotMakeIt()).isTrue();
        assertThat(cadre.cannotMakeIt()).as("the cadre keeps only session hours").isTrue();
        assertThat(compliance.count(unit("tangpeng"), true)).isEqualTo(rows.size()).isLessThan(
                compliance.count(unit("tangpeng"), false));
        var units = compliance.units(unit("tangpeng"));
        var total = units.get(units.size() - 1);
        assertThat(total.behind()).isEqualTo(rows.size());
        assertThat(total.cannotMakeIt()).isPositive();
    }

    @Test
    void the_unit_sums_counted_by_the_database_agree_with_the_people_rows() {
        loginAs("hr");
        var units = compliance.units(unit("tangpeng"));
        var people = new ArrayList<ComplianceRow>();
        compliance.eachPerson(unit("tangpeng"), people::add);
        assertThat(units.get(units.size() - 1).people()).isEqualTo(people.size());
        for (UnitCompliance u : units) {
            var mine = people.stream().filter(r -> u.unitId() == null || r.unitId().equals(u.unitId())).toList();
            assertThat(u.people()).as(u.unitName()).isEqualTo(mine.size());
            assertThat(u.met()).as(u.unitName()).isEqualTo(mine.stream().filter(ComplianceRow::met).count());
            assertThat(u.behind()).as(u.unitName()).isEqualTo(mine.stream().filter(ComplianceRow::behind).count());
            assertThat(u.cannotMakeIt()).as(u.unitName())
                    .isEqualTo(mine.stream().filter(ComplianceRow::cannotMakeIt).count());
            assertThat(u.training()).as(u.unitName()).isEqualByComparingTo(
                    mine.stream().map(r -> r.training().earned()).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(u.online()).as(u.unitName()).isEqualByComparingTo(
                    mine.stream().map(r -> r.online().earned()).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(units.get(units.size() - 1).met()).as("someone met both").isPositive();
    }

    @Test
    void hr_of_another_town_cannot_read_tangpengs_compliance_and_a_cadre_none_at_all() {
        String shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThatThrownBy(() -> fixtures.as(shijiaoHr, () -> compliance.people(unit("tangpeng"), false, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("cadre");
        assertThatThrownBy(() -> compliance.count(null, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void behind_pace_reminders_go_out_once_a_month() {
        reminders.run();
        assertThat(reminders.run()).isZero();
    }

    @Test
    void the_cadre_is_measured_against_50_online_and_90_training_hours() {
        loginAs("cadre");
        MyHours mine = hours.mine().orElseThrow();
        assertThat(mine.progress()).extracting(Progress::kind, p -> p.required().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RequirementKind.TRAINING, 90),
                        org.assertj.core.groups.Tuple.tuple(RequirementKind.ONLINE, 50));
        assertThat(mine.progress().get(0).expected()).isEqualByComparingTo("81.37"); // 90 × 330/365
    }

    @Test
    void external_training_recorded_by_hr_counts_toward_the_named_requirement_and_says_its_source() {
        var unit = fixtures.newTown();
        var person = fixtures.newPerson(unit.id(), Role.CADRE);
        String hrUser = fixtures.newAccount(Role.HR, unit.id(), null);
        CreditRecord c = fixtures.as(hrUser, () -> external.record(new ExternalTraining.Entry(person.officialId(),
                "省行政执法人员综合法律知识培训", "广东省司法厅", BigDecimal.valueOf(24), LocalDate.of(2026, 9, 10),
                "GD-2026-0917", null)));
        assertThat(c.source()).isEqualTo("EXTERNAL");
        assertThat(c.countsToward()).isEqualTo(RequirementKind.TRAINING);
        assertThat(c.detail()).contains("广东省司法厅", "GD-2026-0917");
        fixtures.as(hrUser, () -> external.record(new ExternalTraining.Entry(person.officialId(), "网络学院 2026 年学时",
                null, BigDecimal.valueOf(12), LocalDate.of(2026, 10, 31), null, RequirementKind.ONLINE)));
        var progress = fixtures.asOfficial(person.officialId(), () -> hours.mine().orElseThrow().progress());
        assertThat(progress.get(0).earned()).isEqualByComparingTo("24");
        assertThat(progress.get(1).earned()).isEqualByComparingTo("12");
        assertThat(progress.get(1).recent()).isEqualByComparingTo("12");
        assertThatThrownBy(() -> fixtures.as(hrUser, () -> external.record(new ExternalTraining.Entry(
                person.officialId(), "again", null, BigDecimal.ONE, LocalDate.of(2026, 9, 10), "GD-2026-0917", null))))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void hr_of_another_town_and_cadres_cannot_record_external_training() {
        var entry = new ExternalTraining.Entry(official("TP-022"), "x", null, BigDecimal.ONE, LocalDate.of(2026, 5, 1),
                null, null);
        var shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThatThrownBy(() -> fixtures.as(shijiaoHr, () -> external.record(entry)))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("cadre");
        assertThatThrownBy(() -> external.record(entry)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administrators_and_root_hr_set_a_requirement_which_is_audited_and_office_hr_may_not() {
        Requirement r = asAdmin(() -> policy.set(2031, OfficialCategory.LEADERSHIP_TEAM, RequirementKind.TRAINING,
                BigDecimal.valueOf(550), 5, -1));
        assertThat(r.perYear()).isEqualByComparingTo("110");
        Requirement again = fixtures.as("hr", () -> policy.set(2031, OfficialCategory.LEADERSHIP_TEAM,
                RequirementKind.TRAINING, BigDecimal.valueOf(500), 5, r.version()));
        assertThat(again.hours()).isEqualByComparingTo("500");
        assertThat(asAdmin(() -> audit.search(new AuditFilter(null, "hours_requirement", null, null, null), 0, 20)).stream()
                .anyMatch(a -> "hours_requirement".equals(a.entityType()))).isTrue();
        String officeHr = fixtures.newAccount(Role.HR, unit("office"), null);
        assertThatThrownBy(() -> fixtures.as(officeHr, () -> policy.set(2031, OfficialCategory.STAFF,
                RequirementKind.ONLINE, BigDecimal.TEN, 1, -1))).isInstanceOf(AccessDeniedException.class);
        loginAs("cadre");
        assertThatThrownBy(() -> policy.set(2031, OfficialCategory.STAFF, RequirementKind.ONLINE, BigDecimal.TEN, 1,
                -1)).isInstanceOf(AccessDeniedException.class);
    }
}
