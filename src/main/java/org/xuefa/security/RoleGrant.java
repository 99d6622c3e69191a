package org.xuefa.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A role held within an org unit and its subtree; ADMIN holds no unit. */
@Embeddable
public class RoleGrant {
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Role role;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    protected RoleGrant() {
    }

    public RoleGrant(Role role, Long orgUnitId) {
        if (role.isScoped() && orgUnitId == null) {
            throw new IllegalArgumentException("A " + role + " grant needs an org unit");
        }
        this.role = role;
        this.orgUnitId = role.isScoped() ? orgUnitId : null;
    }

    public Role role() {
        return role;
    }

    public Long orgUnitId() {
        return orgUnitId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleGrant g && g.role == role && Objects.equals(g.orgUnitId, orgUnitId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, orgUnitId);
    }

    @Override
    public String toString() {
        return orgUnitId == null ? role.name() : role + "@" + orgUnitId;
    }
}
