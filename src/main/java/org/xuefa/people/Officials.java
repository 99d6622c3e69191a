package org.xuefa.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final OfficialQueries queries;
    private final ReportScopes reportScopes;

    Officials(OfficialRepository officials, OrgUnitRepository units, UnitScopes scopes, AuditLog audit,
            CurrentUser currentUser, AccountService accountService, AccountRollout rollout, OfficialQueries queries,
            ReportScopes reportScopes) {
        this.queries = queries;
        this.reportScopes = reportScopes;
        this.accountService = accountService;
        this.rollout = rollout;
        this.officials = officials;
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** A page of the officials the filter takes within the reader's scope (HR, organizer or leader), by name. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OfficialRecord> search(OfficialFilter filter, int offset, int limit) {
        return queries.page(scope(filter), filter, offset, limit);
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public long count(OfficialFilter filter) {
        return queries.count(scope(filter), filter);
    }

    /**
     * A page of the active officials in the scope of the role (an administrator's: everywhere) whose name, staff
     * number or position holds the text, by name: what a picker offers, fetched as the list scrolls.
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OfficialRecord> pick(String text, Role role, int offset, int limit) {
        return queries.page(reportScopes.through(role), picking(text), offset, limit);
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public long countPicks(String text, Role role) {
        return queries.count(reportScopes.through(role), picking(text));
    }

    /** The officials with these ids in the reader's scope, by name: a picker's chosen people (a few, not a scope). */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OfficialRecord> chosen(Collection<Long> ids) {
        return reportScopes.officials(ids).values().stream()
                .sorted(Comparator.comparing(OfficialRecord::name).thenComparing(OfficialRecord::id)).toList();
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public Optional<OfficialRecord> find(Long id) {
        Map<Long, OrgUnit> visible = scopes.visibleById(OrgUnits.READERS);
        return officials.findById(id).filter(o -> visible.containsKey(o.unitId())).map(o -> toRecord(o, visible));
    }

    /**
     * The officials in the scope of the roles whom an audience takes and who belonged on the day, by name: the rules
     * stored in {@code rulesTable} (a table of {@link AudienceRule} columns, named by the caller's code) for the key,
     * counted inside the owner unit (null: the whole tree), as {@link Audiences#includes} would, in one statement.
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OfficialRecord> audience(String rulesTable, String keyColumn, Object key, Long ownerUnitId,
            LocalDate day, Role... roles) {
        return queries.audience(reportScopes.through(roles), rulesTable, keyColumn, key, ownerUnitId, day);
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

    private static OfficialFilter picking(String text) {
        return new OfficialFilter(text, null, null, true);
    }

    /** The reader's subtrees, or the filter unit's subtree when it lies inside them (nothing when it does not). */
    private Subtrees scope(OfficialFilter f) {
        Subtrees readable = reportScopes.readable();
        if (f.unitId() == null) {
            return readable;
        }
        String path = units.findById(f.unitId()).map(OrgUnit::path).orElse(null);
        return path != null && readable.prefixes().stream().anyMatch(path::startsWith)
                ? new Subtrees(List.of(path)) : new Subtrees(List.of());
    }
}
