package org.xuefa.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Scope;

/**
 * Turns a user's scoped grants into the units they may see: each granted unit and its subtree. The tree is small
 * (a county has hundreds of units), so it is read whole and filtered by path prefix.
 */
@Component
class UnitScopes {
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;

    UnitScopes(OrgUnitRepository units, CurrentUser currentUser) {
        this.units = units;
        this.currentUser = currentUser;
    }

    /** All units in tree order (siblings by sort order, then name). */
    List<OrgUnit> treeOrder() {
        List<OrgUnit> all = units.findAll();
        Map<Long, List<OrgUnit>> children = all.stream().collect(Collectors.groupingBy(
                u -> u.parentId() == null ? 0L : u.parentId()));
        Comparator<OrgUnit> order = Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::name);
        List<OrgUnit> out = new ArrayList<>(all.size());
        walk(0L, children, order, out);
        return out;
    }

    private void walk(Long parent, Map<Long, List<OrgUnit>> children, Comparator<OrgUnit> order, List<OrgUnit> out) {
        for (OrgUnit u : children.getOrDefault(parent, List.of()).stream().sorted(order).toList()) {
            out.add(u);
            walk(u.getId(), children, order, out);
        }
    }

    /** The units visible through the given roles, in tree order. */
    List<OrgUnit> visible(Role... roles) {
        return within(currentUser.scopeFor(roles), treeOrder());
    }

    Map<Long, OrgUnit> visibleById(Role... roles) {
        return byId(visible(roles));
    }

    /** The units of an already-read tree that the roles may see, by id, for callers that need the whole tree too. */
    Map<Long, OrgUnit> visibleById(List<OrgUnit> tree, Role... roles) {
        return byId(within(currentUser.scopeFor(roles), tree));
    }

    /** The units with these ids: a few, those named on one screen, without reading the whole tree. */
    Map<Long, OrgUnit> byIds(Collection<Long> ids) {
        return byId(units.findAllById(ids));
    }

    static Map<Long, OrgUnit> byId(List<OrgUnit> units) {
        Map<Long, OrgUnit> map = new HashMap<>();
        units.forEach(u -> map.put(u.getId(), u));
        return map;
    }

    Set<Long> visibleIds(Role... roles) {
        return visible(roles).stream().map(OrgUnit::getId).collect(Collectors.toSet());
    }

    static List<OrgUnit> within(Scope scope, List<OrgUnit> all) {
        if (scope.global()) {
            return all;
        }
        Set<String> rootPaths = all.stream().filter(u -> scope.rootUnitIds().contains(u.getId()))
                .map(OrgUnit::path).collect(Collectors.toSet());
        return all.stream().filter(u -> rootPaths.stream().anyMatch(p -> u.path().startsWith(p))).toList();
    }

    /** Throws unless the unit lies within the scope of one of the roles. */
    void require(Long unitId, Role... roles) {
        if (unitId == null || !visibleIds(roles).contains(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your scope");
        }
    }

    /** The subtree of one unit, intersected with what the roles may see. */
    Set<Long> subtreeWithin(Long unitId, Role... roles) {
        List<OrgUnit> visible = visible(roles);
        String path = visible.stream().filter(u -> u.getId().equals(unitId)).map(OrgUnit::path).findFirst()
                .orElse(null);
        if (path == null) {
            return Set.of();
        }
        return visible.stream().filter(u -> u.path().startsWith(path)).map(OrgUnit::getId).collect(Collectors.toSet());
    }
}
