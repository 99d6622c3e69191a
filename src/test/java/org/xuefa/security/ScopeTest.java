package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ScopeTest {
    private static XuefaUser user(RoleGrant... grants) {
        return new XuefaUser(1L, "u", "", "u", true, null, null, Set.of(grants));
    }

    @Test
    void administrators_see_everywhere() {
        assertThat(CurrentUser.scopeOf(user(new RoleGrant(Role.ADMIN, null)), Role.HR).global()).isTrue();
    }

    @Test
    void a_scope_is_the_units_of_the_matching_grants_only() {
        XuefaUser u = user(new RoleGrant(Role.HR, 5L), new RoleGrant(Role.CADRE, 7L), new RoleGrant(Role.LEADER, 9L));
        assertThat(CurrentUser.scopeOf(u, Role.HR, Role.LEADER).rootUnitIds()).containsExactlyInAnyOrder(5L, 9L);
        assertThat(CurrentUser.scopeOf(u, Role.ORGANIZER).isEmpty()).isTrue();
    }

    @Test
    void scoped_roles_need_a_unit_and_admin_never_keeps_one() {
        Assertions.assertThatThrownBy(() -> new RoleGrant(Role.HR, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoleGrant(Role.ADMIN, 3L).orgUnitId()).isNull();
    }

    @Test
    void authorities_carry_the_role_prefix_once_per_role() {
        XuefaUser u = user(new RoleGrant(Role.HR, 5L), new RoleGrant(Role.HR, 6L));
        assertThat(u.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_HR");
    }
}
