package org.xuefa.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.base.Allowed;
import org.xuefa.security.Role;

/**
 * HR's work on credentials (add, registration, revocation, renewal), each official's own, a person's page, and who
 * holds what a post requires. The register itself is {@link CredentialRegister}.
 */
@Service
@Transactional
public class Credentials {
    private static final String ENTITY = "credential";
    private static final Role[] OVERSEERS = {Role.ORGANIZER, Role.HR, Role.LEADER};
    private final CredentialRepository credentials;
    private final CredentialTypeRepository types;
    private final RegistrationRepository registrations;
    private final Officials officials;
    private final AuditLog audit;
    private final Clock clock;
    private final CredentialReminders reminders;
    private final CredentialAccess access;
    private final HolderPages pages;
    private final RegisterQueries queries;

    Credentials(CredentialRepository credentials, CredentialTypeRepository types, RegistrationRepository registrations,
            Officials officials, AuditLog audit, Clock clock, CredentialReminders reminders, CredentialAccess access,
            HolderPages pages, RegisterQueries queries) {
        this.queries = queries;
        this.access = access;
        this.pages = pages;
        this.reminders = reminders;
        this.credentials = credentials;
        this.types = types;
        this.registrations = registrations;
        this.officials = officials;
        this.audit = audit;
        this.clock = clock;
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<CredentialTypeRecord> types() {
        return types.findAll().stream().map(CredentialType::toRecord)
                .sorted(Comparator.comparing(CredentialTypeRecord::code)).toList();
    }

    /** The signed-in official's own credentials. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<CredentialRecord> mine() {
        return officials.me().map(me -> credentials.findByHolderIdOrderByIssuedOnDesc(me.id()).stream()
                .map(c -> record(c, typeMap(), Map.of(me.id(), me), LocalDate.now(clock))).toList())
                .orElse(List.of());
    }

    @Allowed.Hr
    public CredentialRecord add(NewCredential request) {
        OfficialRecord holder = access.editable(request.holderId());
        CredentialType type = types.findByCode(request.typeCode())
                .orElseThrow(() -> new BusinessException("credential.error.type", request.typeCode()));
        if (type.establishedOnly() && holder.employmentType() != EmploymentType.ESTABLISHED) {
            // only staff on the establishment (在编) may hold an enforcement certificate
            throw new BusinessException("credential.error.not-eligible", holder.name());
        }
        if (request.number() != null && credentials.existsByTypeCodeAndNumber(type.code(), request.number().trim())) {
            throw new BusinessException("credential.error.duplicate", request.number().trim());
        }
        Credential c;
        try {
            c = credentials.saveAndFlush(new Credential(holder.id(), type, request.number(), request.fields(),
                    request.issuedOn(), request.expiresOn(), request.issuer()));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("credential.error.duplicate", request.number());
        }
        audit.record("CREATE", ENTITY, c.getId(), type.code() + " " + c.number() + " of " + holder.name(),
                Changes.of().set("holder", holder.id()).set("issued", request.issuedOn())
                        .set("expires", c.expiresOn()).toString());
        return record(c, typeMap(), Map.of(holder.id(), holder), LocalDate.now(clock));
    }

    /** Records the year's registration; a failed one suspends the credential until it is passed. */
    @Allowed.Hr
    public CredentialRecord recordRegistration(Long credentialId, int year, boolean passed, String reason, long version) {
        Credential c = load(credentialId, version);
        if (!passed && (reason == null || reason.isBlank())) {
            throw new BusinessException("credential.error.reason");
        }
        Registration registration = registrations.findByCredentialIdAndYear(credentialId, year)
                .orElseGet(() -> new Registration(credentialId, year));
        registration.record(passed, reason, clock.instant());
        registrations.save(registration);
        if (passed) {
            c.reinstate();
        } else {
            c.suspend(LocalDate.now(clock), reason);
            reminders.suspended(c, types.findByCode(c.typeCode()).orElseThrow());
        }
        audit.record(passed ? "REGISTER" : "SUSPEND", ENTITY, credentialId, c.typeCode() + " " + c.number(),
                "year " + year + (passed ? ": passed" : ": failed, " + reason));
        return flush(c);
    }

    @Allowed.Hr
    public CredentialRecord revoke(Long credentialId, String reason, long version) {
        Credential c = load(credentialId, version);
        c.revoke(LocalDate.now(clock), reason);
        audit.record("REVOKE", ENTITY, credentialId, c.typeCode() + " " + c.number(), reason);
        return flush(c);
    }

    /**
     * Of the given officials, those who hold a credential of the type that entitles them on the date. Only
     * officials the caller oversees count (an id from another town tells nothing); asked in fixed-size chunks.
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public Set<Long> entitledHolders(String typeCode, Collection<Long> officialIds, LocalDate date) {
        return officialIds.isEmpty() ? Set.of() : queries.entitled(typeCode, officialIds, date, null, OVERSEERS);
    }

    /** Of the given officials, those whose entitling credential of the type expires within the days. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public Set<Long> expiringHolders(String typeCode, Collection<Long> officialIds, LocalDate date, int days) {
        return officialIds.isEmpty() ? Set.of()
                : queries.entitled(typeCode, officialIds, date, date.plusDays(days), OVERSEERS);
    }

    /**
     * Renews a credential: the new one (new number and issue date, validity from the type) replaces the old, which
     * stays in the history as expired from then on.
     */
    @Allowed.Hr
    public CredentialRecord renew(Long credentialId, String newNumber, LocalDate issuedOn, long version) {
        Credential old = load(credentialId, version);
        CredentialType type = types.findByCode(old.typeCode()).orElseThrow();
        if (newNumber != null && credentials.existsByTypeCodeAndNumber(type.code(), newNumber.trim())) {
            throw new BusinessException("credential.error.duplicate", newNumber.trim());
        }
        Credential renewed = credentials.saveAndFlush(new Credential(old.holderId(), type, newNumber, old.fields(),
                issuedOn, null, old.issuer()));
        old.replacedBy(renewed.getId());
        credentials.saveAndFlush(old);
        audit.record("RENEW", ENTITY, credentialId, old.typeCode() + " " + old.number() + " → " + renewed.number(),
                Changes.of().set("replacedBy", renewed.getId()).set("issued", issuedOn)
                        .set("expires", renewed.expiresOn()).toString());
        return record(renewed, typeMap(), holderOf(renewed), LocalDate.now(clock));
    }

    /**
     * A person's page: every credential they hold or held with registrations, renewals and the risk to next
     * registration. HR, leaders and administrators see people in their scope; anyone sees their own.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public HolderCredentials holder(Long officialId) {
        return pages.details(access.readable(officialId));
    }

    /** The signed-in official's own page, or empty when the account has no official. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<HolderCredentials> myDetails() {
        return officials.me().map(pages::details);
    }

    private Credential load(Long id, long version) {
        Credential c = credentials.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        access.requireEditable(c);
        c.checkVersion(version);
        return c;
    }

    private CredentialRecord flush(Credential c) {
        credentials.saveAndFlush(c);
        return record(c, typeMap(), holderOf(c), LocalDate.now(clock));
    }

    private Map<Long, OfficialRecord> holderOf(Credential c) {
        return officials.find(c.holderId()).map(o -> Map.of(o.id(), o)).orElse(Map.of());
    }

    private Map<String, CredentialType> typeMap() {
        return types.findAll().stream().collect(Collectors.toMap(CredentialType::code, Function.identity()));
    }

    static CredentialRecord record(Credential c, Map<String, CredentialType> types,
            Map<Long, OfficialRecord> people, LocalDate today) {
        CredentialType type = types.get(c.typeCode());
        OfficialRecord holder = people.get(c.holderId());
        return c.toRecord(c.statusOn(today, type == null ? 0 : type.renewalWindowMonths()),
                holder == null ? "" : holder.name(), holder == null ? "" : holder.unitName());
    }
}
