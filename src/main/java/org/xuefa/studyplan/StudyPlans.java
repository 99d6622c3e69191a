package org.xuefa.studyplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.StudySessions;

/** Each unit's annual study plan (organizers set it) and planned against held, per quarter (readers see it). */
@Service
@Transactional
public class StudyPlans {
    private final StudyPlanRepository plans;
    private final StudySessions sessions;
    private final SessionAccess access;
    private final OrgUnits orgUnits;
    private final AuditLog audit;
    private final Clock clock;

    StudyPlans(StudyPlanRepository plans, StudySessions sessions, SessionAccess access, OrgUnits orgUnits, AuditLog audit,
            Clock clock) {
        this.plans = plans;
        this.sessions = sessions;
        this.access = access;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public Optional<PlanRecord> plan(Long unitId, int year) {
        requireReaderOf(unitId);
        return plans.findByUnitIdAndPlanYear(unitId, year).map(StudyPlans::toRecord);
    }

    /** Creates (version -1) or replaces a unit's plan for a year. */
    @Allowed.Organizers
    public PlanRecord save(Long unitId, int year, List<PlanTarget> targets, String note, long version) {
        if (!access.mayOrganize(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your organizer scope");
        }
        if (year < 2000 || year > 2100) {
            throw new BusinessException("study.plan.error.year");
        }
        StudyPlan plan = plans.findByUnitIdAndPlanYear(unitId, year).orElse(null);
        String before = plan == null ? null : describe(plan.targets());
        if (plan == null) {
            if (version >= 0) {
                throw new BusinessException("error.conflict");
            }
            plan = new StudyPlan(unitId, year);
        } else {
            plan.checkVersion(version);
        }
        plan.apply(targets, note);
        plan = plans.saveAndFlush(plan);
        audit.record(before == null ? "CREATE" : "UPDATE", "study_plan", plan.getId(),
                "study plan " + year + ", " + orgUnits.nameOf(unitId),
                Changes.of().field("targets", before, describe(plan.targets())).toString());
        return toRecord(plan);
    }

    /** Planned against held for the unit's own sessions in the year, as of the clock's today. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public PlanProgress progress(Long unitId, int year) {
        requireReaderOf(unitId);
        ZoneId zone = clock.getZone();
        Optional<StudyPlan> plan = plans.findByUnitIdAndPlanYear(unitId, year);
        List<PlanRules.Fact> facts = sessions.ofUnit(unitId, LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()).stream()
                .map(s -> new PlanRules.Fact(s.kind(), s.day(zone), s.status())).toList();
        var rows = PlanRules.evaluate(plan.map(StudyPlan::targets).orElse(List.of()), facts, year,
                LocalDate.now(clock));
        return new PlanProgress(unitId, orgUnits.nameOf(unitId), year, plan.isPresent(), rows, PlanRules.shortQuarters(rows));
    }

    private void requireReaderOf(Long unitId) {
        if (!access.mayRead(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your scope");
        }
    }

    private static String describe(List<PlanTarget> targets) {
        return targets.stream().map(t -> t.kind() + " ≥ " + t.minimum() + "/" + t.cadence())
                .collect(Collectors.joining(", "));
    }

    private static PlanRecord toRecord(StudyPlan p) {
        return new PlanRecord(p.getId(), p.unitId(), p.year(), p.targets(), p.note(), p.getVersion());
    }
}
