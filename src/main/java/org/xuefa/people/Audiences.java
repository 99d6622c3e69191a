package org.xuefa.people;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xuefa.base.BusinessException;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;

/**
 * Resolves {@link AudienceRule}s, the one audience model of exams and study sessions. A unit rule takes the unit's
 * subtree; role and category rules count only inside the owner's unit subtree, so a town's rule never reaches
 * another town; a named official is always included. Callers add their own conditions (active, belonged on the
 * day) and have already checked the caller's rights.
 */
@Component
public class Audiences {
    /** Who holds which role, asked only when a rule names a role. */
    @FunctionalInterface
    public interface RoleCheck {
        boolean holds(Long officialId, Role role);
    }

    private final AccountService accounts;
    private final UnitScopes scopes;
    private final OfficialRepository officials;
    private final OrgUnitRepository units;

    Audiences(AccountService accounts, UnitScopes scopes, OfficialRepository officials, OrgUnitRepository units) {
        this.units = units;
        this.accounts = accounts;
        this.scopes = scopes;
        this.officials = officials;
    }

    /**
     * Refuses rules the signed-in user may not set with the given role: a unit or a named official outside their
     * scope ({@link AccessDeniedException}), or the administrator role ({@code audience.error.role}).
     */
    public void requireWithinScope(Collection<AudienceRule> rules, Role role) {
        Set<Long> visible = null;
        for (AudienceRule rule : rules) {
            switch (rule.kind()) {
                case UNIT -> scopes.require(rule.unitId(), role);
                case OFFICIAL -> {
                    visible = visible == null ? scopes.visibleIds(role) : visible;
                    Long unitId = officials.findById(rule.officialId()).map(Official::unitId).orElse(null);
                    if (unitId == null || !visible.contains(unitId)) {
                        throw new AccessDeniedException("official " + rule.officialId() + " is outside your scope");
                    }
                }
                case ROLE -> {
                    if (rule.role() == Role.ADMIN) {
                        throw new BusinessException("audience.error.role");
                    }
                }
                case CATEGORY -> {
                    // any category; it counts only inside the owner's unit
                }
            }
        }
    }

    /**
     * Refuses ({@code audience.error.outside-owner}) a unit rule that does not lie inside the owner unit's subtree, so
     * an audience never names a unit of another town. A null owner (the whole tree) takes every unit.
     */
    public void requireInsideOwner(Collection<AudienceRule> rules, Long ownerUnitId) {
        if (ownerUnitId == null) {
            return;
        }
        String ownerPath = units.findById(ownerUnitId).map(OrgUnit::path).orElse(null);
        for (AudienceRule rule : rules) {
            if (rule.kind() == AudienceRule.Kind.UNIT) {
                String path = units.findById(rule.unitId()).map(OrgUnit::path).orElse(null);
                if (ownerPath == null || path == null || !path.startsWith(ownerPath)) {
                    throw new BusinessException("audience.error.outside-owner");
                }
            }
        }
    }

    /** A role lookup for checking many officials, reading each role's holders once and only if needed. */
    public RoleCheck roleHolders() {
        Map<Role, Set<Long>> holders = new EnumMap<>(Role.class);
        return (officialId, role) -> holders.computeIfAbsent(role, accounts::officialsWithRole).contains(officialId);
    }

    /** A role lookup for the signed-in user's own official, from the roles of their session. */
    public static RoleCheck rolesOf(Long officialId, Predicate<Role> has) {
        return (id, role) -> id.equals(officialId) && has.test(role);
    }

    /** Whether the official is in the audience the rules describe for an owner unit (null: the whole tree). */
    public static boolean includes(Collection<AudienceRule> rules, Long ownerUnitId, OfficialRecord o,
            Map<Long, OrgUnitRecord> units, RoleCheck roles) {
        OrgUnitRecord home = units.get(o.unitId());
        OrgUnitRecord owner = ownerUnitId == null ? null : units.get(ownerUnitId);
        boolean inOwner = home != null && (ownerUnitId == null || owner != null && home.path().startsWith(owner.path()));
        for (AudienceRule rule : rules) {
            boolean hit = switch (rule.kind()) {
                case OFFICIAL -> rule.officialId().equals(o.id());
                case UNIT -> {
                    OrgUnitRecord unit = units.get(rule.unitId());
                    yield unit != null && home != null && home.path().startsWith(unit.path());
                }
                case CATEGORY -> inOwner && rule.category() == o.category();
                case ROLE -> inOwner && roles.holds(o.id(), rule.role());
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }
}
