package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final ComplianceUnits unitSums;
    private final OrgUnits orgUnits;
    private final Clock clock;

    HoursCompliance(ComplianceQuery query, ComplianceUnits unitSums, OrgUnits orgUnits, Clock clock) {
        this.query = query;
        this.unitSums = unitSums;
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

    /** Each unit of the subtree with officials, in tree order, and the total last; summed by the database. */
    @Allowed.Overseers
    public List<UnitCompliance> units(Long unitId) {
        var root = root(unitId);
        if (root.isEmpty()) {
            return List.of();
        }
        Map<Long, ComplianceUnits.UnitSum> sums = new HashMap<>();
        unitSums.each(root.get().path(), today(), s -> sums.put(s.unitId(), s));
        List<UnitCompliance> out = new ArrayList<>();
        ComplianceUnits.UnitSum total = new ComplianceUnits.UnitSum(null, 0, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
        for (OrgUnitRecord u : orgUnits.visibleTree()) {
            ComplianceUnits.UnitSum s = sums.get(u.id());
            if (s != null && s.people() > 0 && u.path().startsWith(root.get().path())) {
                out.add(new UnitCompliance(u.id(), u.name(), u.depth(), s.people(), s.met(), s.behind(), s.cannot(),
                        s.training(), s.online()));
                total = new ComplianceUnits.UnitSum(null, total.people() + s.people(), total.met() + s.met(),
                        total.behind() + s.behind(), total.cannot() + s.cannot(), total.training().add(s.training()),
                        total.online().add(s.online()));
            }
        }
        out.add(new UnitCompliance(null, null, 0, total.people(), total.met(), total.behind(), total.cannot(),
                total.training(), total.online()));
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
}
