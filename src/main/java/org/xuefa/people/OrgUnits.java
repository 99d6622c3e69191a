package org.xuefa.people;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.OrgUnitDirectory;
import org.xuefa.security.Role;

/** The org-unit tree: reading it within one's scope, adding and renaming units. */
@Service
@Transactional
public class OrgUnits implements OrgUnitDirectory {
    static final Role[] READERS = {Role.HR, Role.ORGANIZER, Role.LEADER};
    private static final String ENTITY = "org_unit";

    private final OrgUnitRepository units;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    OrgUnits(OrgUnitRepository units, UnitScopes scopes, AuditLog audit, CurrentUser currentUser) {
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The units the user may see as HR, organizer or leader, in tree order. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<OrgUnitRecord> visibleTree() {
        return scopes.visible(READERS).stream().map(OrgUnit::toRecord).toList();
    }

    /** The units in the subtrees of the user's grants of the role (an administrator's: all), in tree order. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<OrgUnitRecord> treeOf(Role role) {
        return scopes.visible(role).stream().map(OrgUnit::toRecord).toList();
    }

    /** The units the user may edit (HR scope), in tree order. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public List<OrgUnitRecord> editableTree() {
        return scopes.visible(Role.HR).stream().map(OrgUnit::toRecord).toList();
    }

    @Allowed.Hr
    public OrgUnitRecord create(String code, String name, String nameEn, UnitKind kind, Long parentId, int sortOrder) {
        OrgUnit parent = null;
        if (parentId == null) {
            if (!currentUser.require().has(Role.ADMIN)) {
                throw new AccessDeniedException("only an administrator adds a root unit");
            }
        } else {
            scopes.require(parentId, Role.HR);
            parent = units.findById(parentId).orElseThrow(() -> new BusinessException("error.not-found"));
        }
        String trimmed = code == null ? null : code.trim();
        if (trimmed != null && units.findByCode(trimmed).isPresent()) {
            throw new BusinessException("unit.error.code-taken", trimmed);
        }
        OrgUnit unit = units.save(new OrgUnit(trimmed, name, nameEn, kind, parent, sortOrder));
        audit.record("CREATE", ENTITY, unit.getId(), "unit " + unit.name(), Changes.of().set("code", unit.code())
                .set("name", unit.name()).set("kind", unit.kind()).set("parent", parentId).toString());
        return unit.toRecord();
    }

    @Allowed.Hr
    public OrgUnitRecord update(Long id, String name, String nameEn, UnitKind kind, int sortOrder, long version) {
        scopes.require(id, Role.HR);
        OrgUnit unit = units.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        unit.checkVersion(version);
        Changes changes = Changes.of().field("name", unit.name(), name).field("nameEn", unit.nameEn(), nameEn)
                .field("kind", unit.kind(), kind).field("sortOrder", unit.sortOrder(), sortOrder);
        unit.rename(name, nameEn, kind, sortOrder);
        units.saveAndFlush(unit);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", ENTITY, id, "unit " + unit.name(), changes.toString());
        }
        return unit.toRecord();
    }

    /** Whether the unit lies in the subtree of one of the user's grants of the role (an administrator's: anywhere). */
    @Override
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public boolean inScope(Long unitId, Role role) {
        return unitId != null && scopes.visibleIds(role).contains(unitId);
    }

    /**
     * Whether the user holds the role at a root of the tree (a unit with no parent), so that the role reaches every
     * unit; administrators always do.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public boolean atRoot(Role role) {
        var scope = currentUser.scopeFor(role);
        return scope.global() || units.findAllById(scope.rootUnitIds()).stream().anyMatch(u -> u.parentId() == null);
    }

    @Override
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<UnitChoice> choices() {
        return scopes.treeOrder().stream()
                .map(u -> new UnitChoice(u.getId(), "　".repeat(u.toRecord().depth()) + u.name())).toList();
    }

    @Override
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public String nameOf(Long unitId) {
        return unitId == null ? "" : units.findById(unitId).map(OrgUnit::name).orElse("#" + unitId);
    }

    /** Names of all units by id, for other modules that show units beside their own data. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Map<Long, OrgUnitRecord> byId() {
        return units.findAll().stream().map(OrgUnit::toRecord)
                .collect(Collectors.toMap(OrgUnitRecord::id, r -> r));
    }
}
