package org.xuefa.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xuefa.people.OfficialRecord;

/**
 * A person's credentials page: every credential they hold or held, with registrations, renewals and the risk to
 * the next registration. Callers have checked that the person is readable ({@link CredentialAccess}).
 */
@Component
class HolderPages {
    private final CredentialRepository credentials;
    private final CredentialTypeRepository types;
    private final RegistrationRepository registrations;
    private final List<RegistrationEvidence> evidence;
    private final Clock clock;

    HolderPages(CredentialRepository credentials, CredentialTypeRepository types, RegistrationRepository registrations,
            List<RegistrationEvidence> evidence, Clock clock) {
        this.credentials = credentials;
        this.types = types;
        this.registrations = registrations;
        this.evidence = evidence;
        this.clock = clock;
    }

    HolderCredentials details(OfficialRecord person) {
        LocalDate today = LocalDate.now(clock);
        Map<String, CredentialType> byCode = types.findAll().stream()
                .collect(Collectors.toMap(CredentialType::code, Function.identity()));
        List<Credential> held = credentials.findByHolderIdOrderByIssuedOnDesc(person.id());
        Map<Long, List<RegistrationRecord>> regs = registrations.ofHolder(person.id()).stream()
                .collect(Collectors.groupingBy(Registration::credentialId, Collectors.mapping(Registration::toRecord,
                        Collectors.toList())));
        Evidence e = Evidence.gather(evidence, today.getYear(), List.of(person), clock.instant());
        BigDecimal hours = e.hours().getOrDefault(person.id(), BigDecimal.ZERO);
        AnnualExamOutcome exam = e.exams().getOrDefault(person.id(), AnnualExamOutcome.PENDING);
        List<CredentialDetail> list = held.stream().map(c -> {
            CredentialRecord r = Credentials.record(c, byCode, Map.of(person.id(), person), today);
            CredentialType type = byCode.get(c.typeCode());
            List<RiskReason> risks = RegistrationRisk.assess(type == null ? null : type.toRecord(), r.status(),
                    c.issuedOn(), today, hours, exam);
            List<RegistrationRecord> years = regs.getOrDefault(c.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(RegistrationRecord::year).reversed()).toList();
            return new CredentialDetail(r, years, c.replacedById(), risks, hours, exam, c.scanPath() != null);
        }).toList();
        return new HolderCredentials(person.id(), person.name(), person.unitName(), person.staffNumber(), list);
    }
}
