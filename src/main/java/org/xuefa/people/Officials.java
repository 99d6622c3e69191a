package org.xuefa.people;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.security.AccountService;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/** Finding officials within one's scope, and HR's edits to them. */
@Service
@Transactional
public class Officials {
    private static final String ENTITY = "official";

    private final OfficialRepository officials;
    private final OrgUnitRepository units;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final AccountService accountService;
    private final AccountRollout rollout;

    Officials(OfficialRepository officials, OrgUnitRepository units, UnitScopes scopes, AuditLog audit,
            CurrentUser currentUser, AccountService accountService, AccountRollout rollout) {
        this.accountService = accountService;
        this.rollout = rollout;
        this.officials = officials;
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OfficialRecord> search(OfficialFilter filter, int offset, int limit) {
        Map<Long, OrgUnit> visible = scopes.visibleById(OrgUnits.READERS);
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by("name").and(Sort.by("staffNumber")));
        return officials.findAll(spec(filter, visible.keySet()), page).map(o -> toRecord(o, visible)).getContent();
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public long count(OfficialFilter filter) {
        return officials.count(spec(filter, scopes.visibleIds(OrgUnits.READERS)));
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public Optional<OfficialRecord> find(Long id) {
        Map<Long, OrgUnit> visible = scopes.visibleById(OrgUnits.READERS);
        return officials.findById(id).filter(o -> visible.containsKey(o.unitId())).map(o -> toRecord(o, visible));
    }

    /** Every official in the scope of the given roles (active or not), for reports that join other data. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OfficialRecord> allInScope(Role... roles) {
        Map<Long, OrgUnit> visible = scopes.visibleById(roles.length == 0 ? OrgUnits.READERS : roles);
        if (visible.isEmpty()) {
            return List.of();
        }
        return officials.findAll(spec(OfficialFilter.all(), visible.keySet()), Sort.by("name"))
                .stream().map(o -> toRecord(o, visible)).toList();
    }

    /**
     * Refuses ({@link AccessDeniedException}) an official whose unit lies outside
     * the scope of every one of the roles (administrators: anywhere), or who does not exist.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public void requireInScope(Long officialId, Role... roles) {
        Long unitId = officialId == null ? null : officials.findById(officialId).map(Official::unitId).orElse(null);
        if (unitId == null || !scopes.visibleIds(roles).contains(unitId)) {
            throw new AccessDeniedException("official " + officialId + " is outside your scope");
        }
    }

    /** An official's name, e.g. for a certificate; empty when unknown. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public String nameOf(Long officialId) {
        return officials.findById(officialId).map(Official::name).orElse("");
    }

    /** The official linked to the signed-in account, if any. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<OfficialRecord> me() {
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return Optional.empty();
        }
        return officials.findById(officialId).map(o -> toRecord(o, unitMap(o.unitId())));
    }

    @Allowed.Hr
    public OfficialRecord create(String staffNumber, OfficialData data) {
        requireUnit(data);
        scopes.require(data.unitId(), Role.HR);
        String number = staffNumber == null ? null : staffNumber.trim();
        if (number != null && officials.findByStaffNumber(number).isPresent()) {
            throw new BusinessException("official.error.staff-number-taken", number);
        }
        Official official = officials.save(new Official(number, data));
        audit.record("CREATE", ENTITY, official.getId(), "official " + official.name() + " (" + number + ")",
                describe(Changes.of(), null, data).toString());
        return toRecord(official, unitMap(official.unitId()));
    }

    @Allowed.Hr
    public OfficialRecord update(Long id, OfficialData data, long version) {
        Official official = officials.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        scopes.require(official.unitId(), Role.HR);
        requireUnit(data);
        scopes.require(data.unitId(), Role.HR);
        official.checkVersion(version);
        Changes changes = describe(Changes.of(), official.data(), data);
        official.apply(data);
        officials.saveAndFlush(official);
        rollout.disableIfLeft(official);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", ENTITY, id, "official " + official.name() + " (" + official.staffNumber() + ")",
                    changes.toString());
        }
        return toRecord(official, unitMap(official.unitId()));
    }

    /**
     * Links an account to an official, or unlinks the official's account with null. Both sides change together:
     * the account's official (what sign-in uses) and the official's account (what HR sees).
     */
    @Allowed.Admins
    public void linkAccount(Long officialId, Long accountId) {
        Official official = officials.findById(officialId).orElseThrow(() -> new BusinessException("error.not-found"));
        Long old = official.accountId();
        if (Objects.equals(old, accountId)) {
            return;
        }
        if (old != null) {
            accountService.linkOfficial(old, null);
        }
        if (accountId != null) {
            officials.findByAccountId(accountId).filter(o -> !o.getId().equals(officialId))
                    .ifPresent(o -> o.linkAccount(null));
            accountService.linkOfficial(accountId, officialId);
        }
        official.linkAccount(accountId);
        audit.record("UPDATE", ENTITY, officialId, "official " + official.name(),
                Changes.of().field("account", old, accountId).toString());
    }

    private static void requireUnit(OfficialData data) {
        if (data.unitId() == null) {
            throw new BusinessException("official.error.unit-required");
        }
    }

    static Changes describe(Changes c, OfficialData before, OfficialData after) {
        OfficialData b = before == null ? new OfficialData(null, null, null, null, null, null, null) : before;
        return c.field("name", b.name(), after.name()).field("unit", b.unitId(), after.unitId())
                .field("position", b.positionTitle(), after.positionTitle())
                .field("category", b.category(), after.category())
                .field("employment", b.employmentType(), after.employmentType())
                .field("joinedOn", b.joinedOn(), after.joinedOn()).field("leftOn", b.leftOn(), after.leftOn());
    }

    private Map<Long, OrgUnit> unitMap(Long unitId) {
        return units.findById(unitId).map(u -> Map.of(u.getId(), u)).orElse(Map.of());
    }

    static OfficialRecord toRecord(Official o, Map<Long, OrgUnit> units) {
        OrgUnit unit = units.get(o.unitId());
        OfficialData d = o.data();
        return new OfficialRecord(o.getId(), o.staffNumber(), o.name(), o.unitId(), unit == null ? "" : unit.name(),
                d.positionTitle(), d.category(), d.employmentType(), o.active(), d.joinedOn(), d.leftOn(),
                o.accountId(), o.getVersion());
    }

    private Specification<Official> spec(OfficialFilter f, Set<Long> visibleUnits) {
        Set<Long> unitIds = f.unitId() == null ? visibleUnits
                : scopes.subtreeWithin(f.unitId(), OrgUnits.READERS);
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (unitIds.isEmpty()) {
                return cb.disjunction();
            }
            p.add(root.get("unitId").in(unitIds));
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase() + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("staffNumber")), like),
                        cb.like(cb.lower(root.get("positionTitle")), like)));
            }
            if (f.employmentType() != null) {
                p.add(cb.equal(root.get("employmentType"), f.employmentType()));
            }
            if (f.active() != null) {
                p.add(cb.equal(root.get("active"), f.active()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
