package org.xuefa.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.people.OrgUnitRecord;

/**
 * The units a caller may see (the unit tree is small: a city has a few thousand units, its officials are what is
 * large), their scope roots, and the levels of the drill-down: a unit rolls up into one row per child when any
 * child has units of its own, so a city shows its counties and a county its towns, while a town lists its units'
 * rows.
 */
final class StaffingScope {

    private final boolean everyone;
    private final Map<Long, OrgUnitRecord> byId = new LinkedHashMap<>();
    private final Map<Long, Integer> order = new HashMap<>();
    private final Map<Long, List<OrgUnitRecord>> children = new HashMap<>();
    private final List<OrgUnitRecord> roots = new ArrayList<>();

    StaffingScope(List<OrgUnitRecord> tree, boolean everyone) {
        this.everyone = everyone;
        tree.forEach(u -> {
            byId.put(u.id(), u);
            order.put(u.id(), order.size());
        });
        tree.forEach(u -> {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        });
    }

    List<OrgUnitRecord> roots() {
        return roots;
    }

    /** The unit, if the caller may see it; otherwise access is denied. */
    OrgUnitRecord require(Long unitId) {
        OrgUnitRecord unit = byId.get(unitId);
        if (unit == null) {
            throw new AccessDeniedException("unit " + unitId + " is outside your scope");
        }
        return unit;
    }

    /** The unit asked for; with none, the caller's one scope root, or null when there are several. */
    OrgUnitRecord resolve(Long unitId) {
        if (unitId != null) {
            return require(unitId);
        }
        return roots.size() == 1 ? roots.get(0) : null;
    }

    /** The disjoint subtrees that make up a unit's subtree (itself) or, for null, the whole scope (its roots). */
    List<OrgUnitRecord> subtrees(Long unitId) {
        OrgUnitRecord unit = resolve(unitId);
        return unit == null ? roots : List.of(unit);
    }

    List<OrgUnitRecord> children(Long unitId) {
        return children.getOrDefault(unitId, List.of());
    }

    /**
     * A unit rolls up (one summed row per child) when a child has units of its own: a city's counties, a county's
     * towns, a town holding a generated city. A unit whose children are all leaves (a town's offices) lists rows.
     */
    boolean rollsUp(OrgUnitRecord unit) {
        return children(unit.id()).stream().anyMatch(c -> !children(c.id()).isEmpty());
    }

    int order(Long unitId) {
        return order.getOrDefault(unitId, Integer.MAX_VALUE);
    }

    /** The way down from the top of the scope to the unit, the unit last; a top above several roots has id null. */
    List<StaffingLevel.Crumb> crumbs(OrgUnitRecord unit) {
        List<StaffingLevel.Crumb> way = new ArrayList<>();
        for (OrgUnitRecord u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
            way.add(0, crumb(u));
        }
        if (roots.size() > 1) {
            way.add(0, new StaffingLevel.Crumb(null, null, null, null));
        }
        return way;
    }

    static StaffingLevel.Crumb crumb(OrgUnitRecord u) {
        return new StaffingLevel.Crumb(u.id(), u.code(), u.name(), u.nameEn());
    }

    StaffingSql.Params params(OrgUnitRecord subtree, LocalDate date) {
        return new StaffingSql.Params(subtree.path(), date, everyone, roots.stream().map(OrgUnitRecord::id).toList());
    }
}
