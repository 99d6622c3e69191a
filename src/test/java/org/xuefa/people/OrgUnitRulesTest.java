package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.security.Scope;

class OrgUnitRulesTest {

    @Test
    void a_units_path_is_its_ancestors_codes() {
        OrgUnit town = new OrgUnit("town", "镇", null, UnitKind.TOWN, null, 0);
        assertThat(town.path()).isEqualTo("/town/");
        assertThat(town.toRecord().depth()).isZero();
    }

    @Test
    void codes_must_be_plain_and_names_present() {
        assertThatThrownBy(() -> new OrgUnit("a/b", "x", null, UnitKind.OFFICE, null, 0))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new OrgUnit("ab", " ", null, UnitKind.OFFICE, null, 0))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void a_scope_covers_the_granted_units_and_everything_below() {
        OrgUnit a = new OrgUnit("a", "A", null, UnitKind.TOWN, null, 0);
        OrgUnit b = new OrgUnit("b", "B", null, UnitKind.TOWN, null, 0);
        ReflectionTestUtils.setField(a, "id", 1L);
        ReflectionTestUtils.setField(b, "id", 2L);
        OrgUnit a1 = new OrgUnit("a1", "A1", null, UnitKind.OFFICE, a, 0);
        OrgUnit ab = new OrgUnit("ab", "AB", null, UnitKind.TOWN, null, 0);
        ReflectionTestUtils.setField(a1, "id", 3L);
        ReflectionTestUtils.setField(ab, "id", 4L);
        List<OrgUnit> all = List.of(a, b, a1, ab);
        assertThat(UnitScopes.within(Scope.of(Set.of(1L)), all)).containsExactly(a, a1);
        assertThat(UnitScopes.within(Scope.everywhere(), all)).hasSize(4);
        assertThat(UnitScopes.within(Scope.nothing(), all)).isEmpty();
    }

    @Test
    void leaving_makes_an_official_inactive_and_must_follow_joining() {
        OfficialData joined = new OfficialData("张三", 1L, null, null, null, LocalDate.of(2020, 1, 1), null);
        Official o = new Official("S1", joined);
        assertThat(o.active()).isTrue();
        o.apply(new OfficialData("张三", 1L, null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1)));
        assertThat(o.active()).isFalse();
        assertThatThrownBy(() -> o.apply(new OfficialData("张三", 1L, null, null, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2019, 1, 1)))).isInstanceOf(BusinessException.class);
    }

    @Test
    void an_assignment_is_active_between_its_dates_inclusive() {
        PostAssignment a = new PostAssignment(1L, 2L, AssignmentType.PRIMARY, LocalDate.of(2024, 1, 1));
        a.end(LocalDate.of(2024, 12, 31));
        assertThat(a.activeOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(a.activeOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(a.activeOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(a.activeOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void changes_list_only_what_differs() {
        Changes c = Changes.of().field("a", 1, 1).field("b", "x", "y").field("c", null, 3);
        assertThat(c.toString()).isEqualTo("b: x → y; c: ∅ → 3");
        assertThat(Changes.of().field("a", 1, 1).isEmpty()).isTrue();
    }
}
