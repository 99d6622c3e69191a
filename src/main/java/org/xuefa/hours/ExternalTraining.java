package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.Officials;
import org.xuefa.security.Role;

/**
 * Training outside Xuefa that HR records for officials in scope: a provincial course with its hours and
 * certificate, or a year's hours of the provincial online platform. Each is one credit of source EXTERNAL, in the
 * year it was finished, counting toward the requirement HR names (concentrated training unless said otherwise).
 */
@Service
@Transactional
public class ExternalTraining {
    private final StudyCreditRepository credits;
    private final Officials officials;
    private final AuditLog audit;
    private final Clock clock;

    ExternalTraining(StudyCreditRepository credits, Officials officials, AuditLog audit, Clock clock) {
        this.credits = credits;
        this.officials = officials;
        this.audit = audit;
        this.clock = clock;
    }

    /** What HR enters for one course; {@code certificate} and {@code provider} may be blank. */
    public record Entry(Long officialId, String title, String provider, BigDecimal hours, LocalDate finishedOn,
            String certificate, RequirementKind countsToward) {
    }

    @Allowed.Hr
    public CreditRecord record(Entry e) {
        officials.requireInScope(e.officialId(), Role.HR);
        if (e.title() == null || e.title().isBlank() || e.title().length() > 300 || e.hours() == null
                || e.hours().signum() <= 0 || e.hours().compareTo(BigDecimal.valueOf(500)) > 0
                || e.finishedOn() == null || e.finishedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("hours.external.error.invalid");
        }
        int year = e.finishedOn().getYear();
        String ref = ref(e);
        if (credits.existsByOfficialIdAndSourceAndSourceRefAndYear(e.officialId(), CreditSource.EXTERNAL.name(), ref,
                year)) {
            throw new BusinessException("hours.external.error.duplicate");
        }
        StudyCredit credit = new StudyCredit(e.officialId(), year, CreditSource.EXTERNAL.name(), ref, e.title().strip(),
                e.hours(), e.finishedOn().atStartOfDay(clock.getZone()).toInstant());
        if (e.countsToward() != null) {
            credit.countAs(e.countsToward());
        }
        credit.withDetail(detail(e));
        credit = credits.saveAndFlush(credit);
        audit.record("CREATE", "study_credit", credit.id(), "external training of official " + e.officialId(),
                Changes.of().set("title", e.title()).set("hours", e.hours().toPlainString())
                        .set("finishedOn", e.finishedOn()).set("certificate", e.certificate()).toString());
        return credit.toRecord();
    }

    private static String ref(Entry e) {
        String ref = e.certificate() != null && !e.certificate().isBlank() ? "cert:" + e.certificate().strip()
                : e.finishedOn() + ":" + e.title().strip();
        return ref.length() > 128 ? ref.substring(0, 128) : ref;
    }

    private static String detail(Entry e) {
        String provider = e.provider() == null ? "" : e.provider().strip();
        String cert = e.certificate() == null || e.certificate().isBlank() ? "" : " · " + e.certificate().strip();
        String d = provider + cert;
        return d.isBlank() ? null : d.length() > 300 ? d.substring(0, 300) : d;
    }

    /** Whether any external training is recorded for the official in the year (the demo seeds it once). */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public boolean recorded(Long officialId, int year) {
        officials.requireInScope(officialId, Role.HR);
        return credits.existsByOfficialIdAndSourceAndYear(officialId, CreditSource.EXTERNAL.name(), year);
    }
}
