package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;

/**
 * The hours each category of official must study a year, by kind. Defaults (DOMAIN.md): concentrated training
 * 90 学时 a year (干部教育培训工作条例), online self-study 50 学时 a year (全国干部教育培训规划 2023–2027). A requirement
 * holds town-wide, so administrators and HR granted at a root unit change it; every change is audited.
 */
@Service
@Transactional
public class HoursPolicy {
    static final BigDecimal DEFAULT_TRAINING = BigDecimal.valueOf(90);
    static final BigDecimal DEFAULT_ONLINE = BigDecimal.valueOf(50);
    private final HoursRequirementRepository requirements;
    private final OrgUnits orgUnits;
    private final AuditLog audit;
    private final Clock clock;

    HoursPolicy(HoursRequirementRepository requirements, OrgUnits orgUnits, AuditLog audit, Clock clock) {
        this.requirements = requirements;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the reader may change requirements: an administrator, or HR granted at a root unit. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public boolean editable() {
        return orgUnits.atRoot(Role.HR);
    }

    /** The year today is in, by the application's clock. */
    @Allowed.SignedIn
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** Every category and kind for the year, the defaults filled in. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<Requirement> requirements(int year) {
        return all(year);
    }

    List<Requirement> all(int year) {
        Map<String, Requirement> set = requirements.findByReqYear(year).stream().map(HoursRequirement::toRecord)
                .collect(Collectors.toMap(r -> r.category() + "/" + r.kind(), Function.identity()));
        List<Requirement> out = new ArrayList<>();
        for (OfficialCategory c : OfficialCategory.values()) {
            for (RequirementKind k : RequirementKind.values()) {
                out.add(set.getOrDefault(c + "/" + k, standard(year, c, k)));
            }
        }
        return out;
    }

    Requirement of(int year, OfficialCategory category, RequirementKind kind) {
        return requirements.findByReqYearAndCategoryAndKind(year, category, kind).map(HoursRequirement::toRecord)
                .orElseGet(() -> standard(year, category, kind));
    }

    static Requirement standard(int year, OfficialCategory category, RequirementKind kind) {
        return new Requirement(year, category, kind, kind == RequirementKind.TRAINING ? DEFAULT_TRAINING
                : DEFAULT_ONLINE, 1, true, -1);
    }

    /** Sets a year's requirement ({@code version} -1 when it is still the default). */
    @Allowed.Hr
    public Requirement set(int year, OfficialCategory category, RequirementKind kind, BigDecimal hours,
            int periodYears, long version) {
        if (!editable()) {
            throw new AccessDeniedException("requirements hold town-wide: HR of a root unit or an administrator");
        }
        if (year < 2000 || year > 2100 || category == null || kind == null) {
            throw new BusinessException("hours.requirement.error");
        }
        HoursRequirement row = requirements.findByReqYearAndCategoryAndKind(year, category, kind).orElse(null);
        Requirement before = row == null ? standard(year, category, kind) : row.toRecord();
        if (row == null) {
            if (version >= 0) {
                throw new BusinessException("error.conflict");
            }
            row = new HoursRequirement(year, category, kind);
        } else {
            row.checkVersion(version);
        }
        row.set(hours, periodYears);
        row = requirements.saveAndFlush(row);
        audit.record(before.standard() ? "CREATE" : "UPDATE", "hours_requirement", row.getId(),
                "hours requirement " + year + " " + category + " " + kind,
                Changes.of().field("hours", before.hours().toPlainString() + "/" + before.periodYears(),
                        hours.toPlainString() + "/" + periodYears).toString());
        return row.toRecord();
    }
}
