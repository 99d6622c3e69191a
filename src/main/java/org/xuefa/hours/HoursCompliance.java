package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;

/**
 * Unit compliance with the hours requirements for HR, organizers and leaders in scope: per person (paged, or only
 * those behind pace) and per unit, on the clock's today, for one unit's subtree (null: the first unit in scope).
 * See {@link PaceRules} for "behind pace" and "cannot make it".
 */
@Service
@Transactional(readOnly = true)
public class HoursCompliance {
    private final ComplianceQuery query;
    private final OrgUnits orgUnits;
    private final Clock clock;

    HoursCompliance(ComplianceQuery query, OrgUnits orgUnits, Clock clock) {
        this.query = query;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @Allowed.Overseers
    public long count(Long unitId, boolean behindOnly) {
        return root(unitId).map(u -> query.count(u.path(), today(), behindOnly)).orElse(0L);
    }

    @Allowed.Overseers
    public List<ComplianceRow> people(Long unitId, boolean behindOnly, int offset, int limit) {
        return root(unitId).map(u -> query.page(u.path(), today(), behindOnly, offset, limit)).orElse(List.of());
    }

    /** Every person of the subtree, one at a time (for the streamed exports). */
    @Allowed.Overseers
    public void eachPerson(Long unitId, Consumer<ComplianceRow> consumer) {
        root(unitId).ifPresent(u -> query.each(u.path(), today(), false, consumer));
    }

    /** Each unit of the subtree with officials, in tree order, and the total last; summed from the streamed rows. */
    @Allowed.Overseers
    public List<UnitCompliance> units(Long unitId) {
        var root = root(unitId);
        if (root.isEmpty()) {
            return List.of();
        }
        Map<Long, OrgUnitRecord> tree = new LinkedHashMap<>();
        orgUnits.visibleTree().stream().filter(u -> u.path().startsWith(root.get().path()))
                .forEach(u -> tree.put(u.id(), u));
        Map<Long, Sum> sums = new LinkedHashMap<>();
        tree.keySet().forEach(id -> sums.put(id, new Sum()));
        Sum total = new Sum();
        query.each(root.get().path(), today(), false, r -> {
            sums.computeIfAbsent(r.unitId(), k -> new Sum()).add(r);
            total.add(r);
        });
        List<UnitCompliance> out = new ArrayList<>();
        sums.forEach((id, s) -> {
            OrgUnitRecord u = tree.get(id);
            if (s.people > 0 && u != null) {
                out.add(s.row(id, u.name(), u.depth()));
            }
        });
        out.add(total.row(null, null, 0));
        return out;
    }

    /** The units the reader may pick, in tree order. */
    @Allowed.Overseers
    public List<OrgUnitRecord> units() {
        return orgUnits.visibleTree();
    }

    private Optional<OrgUnitRecord> root(Long unitId) {
        List<OrgUnitRecord> visible = orgUnits.visibleTree();
        if (unitId == null) {
            return visible.stream().findFirst();
        }
        return Optional.of(visible.stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("unit " + unitId + " is outside your scope")));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static final class Sum {
        int people;
        int met;
        int behind;
        int cannot;
        BigDecimal training = BigDecimal.ZERO;
        BigDecimal online = BigDecimal.ZERO;

        void add(ComplianceRow r) {
            people++;
            met += r.met() ? 1 : 0;
            behind += r.behind() ? 1 : 0;
            cannot += r.cannotMakeIt() ? 1 : 0;
            training = training.add(r.training().earned());
            online = online.add(r.online().earned());
        }

        UnitCompliance row(Long id, String name, int depth) {
            return new UnitCompliance(id, name, depth, people, met, behind, cannot, training, online);
        }
    }
}
