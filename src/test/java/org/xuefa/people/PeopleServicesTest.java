package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;

class PeopleServicesTest extends ServiceTestBase {
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;
    @Autowired
    Establishment establishment;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountService accountService;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** An office of the demo town of the test's own (in HR's scope), so the demo's offices and posts stay as they are. */
    private Long ownOffice() {
        return fixtures.newUnit(unit("tangpeng"), UnitKind.OFFICE).id();
    }

    @Test
    void cadres_cannot_read_or_change_the_organisation() {
        loginAs("cadre");
        assertThatThrownBy(() -> orgUnits.visibleTree()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officials.search(OfficialFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> establishment.postsOf(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organizers_and_leaders_read_but_do_not_edit() {
        for (String user : new String[] {"organizer", "leader"}) {
            loginAs(user);
            Long brigade = unit("brigade");
            assertThat(establishment.postsOf(brigade)).isNotEmpty();
            assertThatThrownBy(() -> establishment.createPost(brigade, PostKind.GENERAL, "x", 1, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> orgUnits.create("x" + suffix, "x", null, UnitKind.OFFICE, brigade, 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> officials.create("X-" + suffix, new OfficialData("x", brigade, null, null, null,
                    null, null))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void hr_sees_only_its_own_town() {
        loginAs("hr");
        assertThat(orgUnits.visibleTree()).extracting(OrgUnitRecord::code).contains("tangpeng", "brigade")
                .doesNotContain("shijiao", "sj-brigade");
        assertThat(officials.search(new OfficialFilter("SJ-", null, null, null), 0, 50)).isEmpty();
        assertThat(officials.count(OfficialFilter.all())).isGreaterThanOrEqualTo(36);
    }

    @Test
    void hr_cannot_touch_another_towns_units_or_people() {
        loginAs("admin");
        Long shijiao = unit("shijiao");
        Long sjOfficial = officials.search(new OfficialFilter("SJ-022", null, null, null), 0, 1).get(0).id();
        loginAs("hr");
        assertThatThrownBy(() -> orgUnits.create("x" + suffix, "x", null, UnitKind.OFFICE, shijiao, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officials.create("X-" + suffix, new OfficialData("x", shijiao, null, null, null,
                null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(officials.find(sjOfficial)).isEmpty();
        assertThatThrownBy(() -> establishment.postsOf(shijiao)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orgUnits.create("r" + suffix, "root", null, UnitKind.TOWN, null, 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_unit_filter_includes_the_subtree() {
        loginAs("hr");
        assertThat(officials.search(new OfficialFilter(null, unit("brigade"), null, true), 0, 50))
                .extracting(OfficialRecord::staffNumber).contains("TP-021", "TP-022").doesNotContain("TP-001");
        assertThat(officials.count(new OfficialFilter(null, unit("tangpeng"), null, null)))
                .isGreaterThan(officials.count(new OfficialFilter(null, unit("office"), null, null)));
    }

    @Test
    void an_official_who_left_is_inactive_and_cannot_be_assigned() {
        Long office = ownOffice();
        fixtures.newPost(office, PostKind.GENERAL, 1, null);
        loginAs("hr");
        OfficialRecord o = officials.create("L-" + suffix, new OfficialData("离职者", office, null,
                OfficialCategory.STAFF, EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1), null));
        OfficialRecord left = officials.update(o.id(), new OfficialData("离职者", office, null,
                OfficialCategory.STAFF, EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 6, 30)), o.version());
        assertThat(left.active()).isFalse();
        Long post = establishment.postsOf(office).get(0).id();
        assertThatThrownBy(() -> establishment.assign(post, o.id(), AssignmentType.PRIMARY, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("official-left");
    }

    @Test
    void edits_are_audited_with_old_and_new_values() {
        Long office = ownOffice();
        loginAs("hr");
        OfficialRecord o = officials.create("A-" + suffix, new OfficialData("审计测试", office, "科员",
                OfficialCategory.STAFF, EmploymentType.CONTRACT, null, null));
        officials.update(o.id(), new OfficialData("审计测试", office, "副主任", OfficialCategory.STAFF,
                EmploymentType.ESTABLISHED, null, null), o.version());
        loginAs("admin");
        var entries = audit.search(new AuditFilter("A-" + suffix, "official", null, null, null), 0, 10);
        assertThat(entries).extracting(r -> r.action()).containsExactly("UPDATE", "CREATE");
        assertThat(entries.get(0).details()).contains("position: 科员 → 副主任").contains("employment: CONTRACT → ESTABLISHED");
        assertThat(entries.get(0).actor()).isEqualTo("hr");
    }

    @Test
    void posts_and_assignments_follow_their_rules() {
        Long office = ownOffice();
        Long official = fixtures.newOfficial(office).id();
        loginAs("hr");
        Long post = establishment.createPost(office, PostKind.TECHNICAL, "测试岗" + suffix, 2, null);
        assertThatThrownBy(() -> establishment.createPost(office, PostKind.TECHNICAL, "测试岗" + suffix, 1, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> establishment.createPost(office, PostKind.TECHNICAL, "负数" + suffix, -1, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("establishment-invalid");
        assertThatThrownBy(() -> establishment.createPost(office, PostKind.TECHNICAL, "证" + suffix, 1, "NO_SUCH"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("post.error.credential");
        assertThat(establishment.credentialTypeNames(Locale.SIMPLIFIED_CHINESE))
                .containsEntry("ENFORCEMENT", "行政执法证");
        Long assignment = establishment.assign(post, official, AssignmentType.CONCURRENT, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> establishment.assign(post, official, AssignmentType.PRIMARY, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("already-assigned");
        PostRecord record = establishment.postsOf(office).stream().filter(p -> p.id().equals(post)).findFirst().orElseThrow();
        assertThat(record.concurrentHolders()).isEqualTo(1);
        AssignmentRecord a = establishment.assignmentsOfPost(post).get(0);
        assertThatThrownBy(() -> establishment.endAssignment(assignment, LocalDate.of(2025, 1, 1), a.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("end-before-start");
        establishment.endAssignment(assignment, LocalDate.of(2026, 3, 1), a.version());
        assertThat(establishment.postsOf(office).stream().filter(p -> p.id().equals(post)).findFirst().orElseThrow()
                .concurrentHolders()).isZero();
        assertThatThrownBy(() -> establishment.deletePost(post, record.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("has-assignments");
    }

    @Test
    void unit_codes_are_validated_and_unique() {
        loginAs("admin");
        assertThatThrownBy(() -> orgUnits.create("bad/code", "x", null, UnitKind.OFFICE, unit("tangpeng"), 0))
                .isInstanceOf(BusinessException.class).hasMessageContaining("code-invalid");
        assertThatThrownBy(() -> orgUnits.create("brigade", "x", null, UnitKind.OFFICE, unit("tangpeng"), 0))
                .isInstanceOf(BusinessException.class).hasMessageContaining("code-taken");
    }

    @Test
    void a_cadre_sees_their_own_official_record() {
        loginAs("cadre");
        assertThat(officials.me()).hasValueSatisfying(me -> {
            assertThat(me.name()).isEqualTo("罗文杰");
            assertThat(me.unitName()).isEqualTo("综合执法大队");
        });
    }

    @Test
    void only_administrators_search_the_audit_log() {
        for (String user : new String[] {"hr", "cadre", "leader", "organizer"}) {
            loginAs(user);
            assertThatThrownBy(() -> audit.search(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void linking_an_account_keeps_both_sides_in_step_and_only_admins_do_it() {
        loginAs("hr");
        Long office = unit("office");
        OfficialRecord o = officials.create("LNK-" + suffix, new OfficialData("关联测试", office, null,
                OfficialCategory.STAFF, EmploymentType.ESTABLISHED, null, null));
        assertThatThrownBy(() -> officials.linkAccount(o.id(), 1L)).isInstanceOf(AccessDeniedException.class);
        loginAs("admin");
        var account = accountService.create(new AccountService.NewAccount("lnk" + suffix, "关联测试",
                "Lawful-study-2026", null, Set.of(new RoleGrant(Role.CADRE,
                        office))));
        officials.linkAccount(o.id(), account.id());
        assertThat(officials.find(o.id()).orElseThrow().accountId()).isEqualTo(account.id());
        assertThat(accountService.forOfficial(o.id())).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(account.id()));
        loginAs("lnk" + suffix);
        assertThat(officials.me()).hasValueSatisfying(me -> assertThat(me.staffNumber()).isEqualTo("LNK-" + suffix));
        loginAs("admin");
        officials.linkAccount(o.id(), null);
        assertThat(accountService.forOfficial(o.id())).isEmpty();
        assertThat(officials.find(o.id()).orElseThrow().accountId()).isNull();
    }
}
