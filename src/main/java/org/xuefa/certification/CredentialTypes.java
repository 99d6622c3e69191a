package org.xuefa.certification;

import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;

/**
 * Administrators' and county HR's editing of credential types: validity, renewal window, annual registration and
 * who may hold one. Types are shared by all units, so only administrators and HR whose grant is at a root of the
 * tree (a unit with no parent) change them; a town's HR reads them. A changed validity applies to credentials recorded afterwards; stored
 * expiry dates stay as they are.
 */
@Service
@Transactional
public class CredentialTypes {
    private static final String ENTITY = "credential_type";
    private final CredentialTypeRepository types;
    private final AuditLog audit;
    private final OrgUnits orgUnits;

    CredentialTypes(CredentialTypeRepository types, AuditLog audit, OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.types = types;
        this.audit = audit;
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<CredentialTypeEntry> all() {
        return types.findAll().stream().map(CredentialTypes::entry)
                .sorted(Comparator.comparing(CredentialTypeEntry::code)).toList();
    }

    /** Whether the signed-in user may add and change types: an administrator, or HR at a root of the tree. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public boolean editable() {
        return orgUnits.atRoot(Role.HR);
    }

    /** A new type under {@code details.code()}, which never changes afterwards. */
    @Allowed.Hr
    public CredentialTypeEntry create(CredentialTypeRecord details) {
        requireEditable();
        CredentialType type = new CredentialType(details.code(), details);
        if (types.findByCode(type.code()).isPresent()) {
            throw new BusinessException("credentialType.error.code-taken", type.code());
        }
        try {
            type = types.saveAndFlush(type);
        } catch (DataIntegrityViolationException e) {
            // a second click or another user created the same code meanwhile
            throw new BusinessException("credentialType.error.code-taken", type.code());
        }
        audit.record("CREATE", ENTITY, type.getId(), type.code(), describe(Changes.of(), null, type.toRecord()));
        return entry(type);
    }

    /** Changes every rule of a type but its code; {@code version} is the one the editor read. */
    @Allowed.Hr
    public CredentialTypeEntry update(String code, CredentialTypeRecord details, long version) {
        requireEditable();
        CredentialType type = types.findByCode(code).orElseThrow(() -> new BusinessException("error.not-found"));
        type.checkVersion(version);
        CredentialTypeRecord before = type.toRecord();
        type.change(details);
        String changes = describe(Changes.of(), before, type.toRecord());
        if (changes.isEmpty()) {
            return entry(type);
        }
        type = types.saveAndFlush(type);
        audit.record("UPDATE", ENTITY, type.getId(), type.code(), changes);
        return entry(type);
    }

    private void requireEditable() {
        if (!editable()) {
            throw new AccessDeniedException("credential types are changed by administrators and county HR only");
        }
    }

    private static String describe(Changes changes, CredentialTypeRecord before, CredentialTypeRecord after) {
        boolean isNew = before == null;
        return changes.field("nameZh", isNew ? null : before.nameZh(), after.nameZh())
                .field("nameEn", isNew ? null : before.nameEn(), after.nameEn())
                .field("issuer", isNew ? null : before.issuer(), after.issuer())
                .field("validityYears", isNew ? null : before.validityYears(), after.validityYears())
                .field("renewalWindowMonths", isNew ? null : before.renewalWindowMonths(), after.renewalWindowMonths())
                .field("annualRegistration", isNew ? null : before.annualRegistration(), after.annualRegistration())
                .field("requiredHours", isNew ? null : before.requiredHours(), after.requiredHours())
                .field("requiresPassedExam", isNew ? null : before.requiresPassedExam(), after.requiresPassedExam())
                .field("establishedOnly", isNew ? null : before.establishedOnly(), after.establishedOnly())
                .field("fields", isNew ? null : String.join(",", before.fields()), String.join(",", after.fields()))
                .toString();
    }

    private static CredentialTypeEntry entry(CredentialType type) {
        return new CredentialTypeEntry(type.getId(), type.getVersion(), type.toRecord());
    }
}
