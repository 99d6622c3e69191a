package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.Officials;
import org.xuefa.security.Role;

/**
 * Training outside Xuefa that HR records for officials in scope: a provincial course with its organiser, dates,
 * hours and certificate, or a year's hours of the provincial online platform. Each is one credit of source
 * EXTERNAL, in the year it was finished, counting toward the requirement HR names (concentrated training unless
 * said otherwise). The scope's recorded external training is listed a page at a time from the database.
 */
@Service
@Transactional
public class ExternalTraining {
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(500);
    private final StudyCreditRepository credits;
    private final ExternalTrainingQuery query;
    private final Officials officials;
    private final AuditLog audit;
    private final Clock clock;

    ExternalTraining(StudyCreditRepository credits, ExternalTrainingQuery query, Officials officials, AuditLog audit,
            Clock clock) {
        this.credits = credits;
        this.query = query;
        this.officials = officials;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What HR enters for one course; {@code provider}, {@code certificate}, {@code startedOn} may be blank or null,
     * {@code countsToward} null means concentrated training.
     */
    public record Entry(Long officialId, String title, String provider, BigDecimal hours, LocalDate finishedOn,
            String certificate, RequirementKind countsToward, LocalDate startedOn) {

        public Entry(Long officialId, String title, String provider, BigDecimal hours, LocalDate finishedOn,
                String certificate, RequirementKind countsToward) {
            this(officialId, title, provider, hours, finishedOn, certificate, countsToward, null);
        }

        String ref() {
            String ref = certificate != null && !certificate.isBlank() ? "cert:" + certificate.strip()
                    : finishedOn + ":" + title.strip();
            return ref.length() > 128 ? ref.substring(0, 128) : ref;
        }
    }

    @Allowed.Hr
    public CreditRecord record(Entry e) {
        officials.requireInScope(e.officialId(), Role.HR);
        check(e, LocalDate.now(clock));
        if (credits.existsByOfficialIdAndSourceAndSourceRefAndYear(e.officialId(), CreditSource.EXTERNAL.name(),
                e.ref(), e.finishedOn().getYear())) {
            throw new BusinessException("hours.external.error.duplicate");
        }
        StudyCredit credit = store(e);
        audit.record("CREATE", "study_credit", credit.id(), "external training of official " + e.officialId(),
                changes(e));
        return credit.toRecord();
    }

    /** Refuses an entry that breaks a rule, each with its own message (the import reports them per row). */
    static void check(Entry e, LocalDate today) {
        if (e.title() == null || e.title().isBlank()) {
            throw new BusinessException("hours.external.error.title");
        }
        if (e.title().strip().length() > 300 || length(e.provider()) > 200 || length(e.certificate()) > 100) {
            throw new BusinessException("hours.external.error.tooLong");
        }
        if (e.hours() == null || e.hours().signum() <= 0 || e.hours().compareTo(MAX_HOURS) > 0
                || e.hours().stripTrailingZeros().scale() > 2) {
            throw new BusinessException("hours.external.error.hours", MAX_HOURS.toPlainString());
        }
        if (e.finishedOn() == null || e.finishedOn().isAfter(today)) {
            throw new BusinessException("hours.external.error.date");
        }
        if (e.startedOn() != null && e.startedOn().isAfter(e.finishedOn())) {
            throw new BusinessException("hours.external.error.dates");
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    /** Saves the checked entry as a credit (the caller has checked scope and duplicates). */
    StudyCredit store(Entry e) {
        StudyCredit credit = new StudyCredit(e.officialId(), e.finishedOn().getYear(), CreditSource.EXTERNAL.name(),
                e.ref(), e.title().strip(), e.hours(), e.finishedOn().atStartOfDay(clock.getZone()).toInstant());
        if (e.countsToward() != null) {
            credit.countAs(e.countsToward());
        }
        credit.withDetail(detail(e)).external(blankToNull(e.provider()), blankToNull(e.certificate()),
                e.startedOn());
        return credits.saveAndFlush(credit);
    }

    static String changes(Entry e) {
        return Changes.of().set("title", e.title()).set("hours", e.hours().toPlainString())
                .set("startedOn", e.startedOn()).set("finishedOn", e.finishedOn()).set("provider", e.provider())
                .set("certificate", e.certificate())
                .set("countsToward", e.countsToward() == null ? RequirementKind.TRAINING : e.countsToward())
                .toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    /** A page of the external training recorded in the year for officials in the reader's HR scope, newest first. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public List<ExternalTrainingRow> page(int year, int offset, int limit) {
        return query.page(year, offset, limit);
    }

    @Allowed.Hr
    @Transactional(readOnly = true)
    public long count(int year) {
        return query.count(year);
    }

    /** The year today is in, by the application's clock. */
    @Allowed.Hr
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
