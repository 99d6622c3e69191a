package org.xuefa.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.certification.CredentialFilter;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.CredentialRegister;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.quiz.Exams;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.staffing.StaffingReport;
import org.xuefa.studyplan.StudyPlans;
import org.xuefa.studyreport.AttendanceReports;

/**
 * The leaders' overview of their scope for a year, gathered from the services behind each screen (exam results,
 * attendance, the study plan, hours compliance, the credential register, the staffing-gap report) so every figure
 * agrees with the screen it links to. For the first unit in scope (the town) or another unit of the scope, with
 * its subtree.
 */
@Service
@Transactional(readOnly = true)
public class LeadersOverview {
    private final Exams exams;
    private final ExamResults results;
    private final AttendanceReports attendance;
    private final StudyPlans plans;
    private final HoursCompliance hours;
    private final CredentialRegister credentials;
    private final StaffingGapReport staffing;
    private final OrgUnits orgUnits;
    private final CurrentUser currentUser;
    private final Clock clock;

    LeadersOverview(Exams exams, ExamResults results, AttendanceReports attendance, StudyPlans plans,
            HoursCompliance hours, CredentialRegister credentials, StaffingGapReport staffing, OrgUnits orgUnits,
            CurrentUser currentUser, Clock clock) {
        this.exams = exams;
        this.results = results;
        this.attendance = attendance;
        this.plans = plans;
        this.hours = hours;
        this.credentials = credentials;
        this.staffing = staffing;
        this.orgUnits = orgUnits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The overview of the first unit in scope (the reader's own: the town) and its subtree. */
    @Allowed.Overseers
    public OverviewFigures figures(int year) {
        return figures(null, year);
    }

    /**
     * The overview of a unit of the reader's scope (by code; null for the first unit in scope) and its subtree; a
     * unit outside the scope is refused ({@link AccessDeniedException}).
     */
    @Allowed.Overseers
    public OverviewFigures figures(String unitCode, int year) {
        LocalDate today = LocalDate.now(clock);
        List<OrgUnitRecord> visible = orgUnits.visibleTree();
        OrgUnitRecord root = unitCode == null ? visible.stream().findFirst().orElse(null)
                : visible.stream().filter(u -> u.code().equals(unitCode)).findFirst()
                        .orElseThrow(() -> new AccessDeniedException("unit " + unitCode + " is outside your scope"));
        Long rootId = root == null ? null : root.id();
        ExamRecord exam = annualExam(year).orElse(null);
        ExamSummary summary = exam == null ? null : results.summary(exam.id(), rootId);
        List<ExamSummary.UnitResult> ranking = summary == null ? List.of() : summary.units().stream()
                .sorted(Comparator.comparing((ExamSummary.UnitResult u) -> rate(u.participation()))
                        .thenComparing(u -> rate(u.passRate()))
                        .thenComparing(u -> rate(u.excellence())).reversed()
                        .thenComparing(ExamSummary.UnitResult::unitName)).toList();
        boolean reader = currentUser.require().has(Role.ADMIN) || currentUser.require().has(Role.HR)
                || currentUser.require().has(Role.LEADER);
        Map<CredentialStatus, Integer> counts = null;
        Integer uncovered = null;
        StaffingReport report = null;
        if (reader) {
            counts = new EnumMap<>(CredentialStatus.class);
            for (var count : credentials.countByStatus(new CredentialFilter(null, null, null, rootId, null))
                    .entrySet()) {
                counts.put(count.getKey(), count.getValue().intValue());
            }
            StaffingReport all = year == today.getYear() ? staffing.today() : staffing.asOf(LocalDate.of(year, 12, 31));
            report = root == null ? all : new StaffingReport(all.date(), all.rows().stream()
                    .filter(r -> r.unitPath().startsWith(root.path())).toList(), all.credentialTypes());
            uncovered = report.rows().stream().filter(r -> r.requiredCredential() != null)
                    .mapToInt(r -> Math.max(0, r.established() - r.certified())).sum();
        }
        return new OverviewFigures(year, today, rootId, root == null ? null : root.name(),
                exam == null ? null : exam.id(), summary, ranking, months(year, today, rootId),
                root == null ? null : plans.progress(root.id(), year), root == null ? List.of() : hours.units(root.id()),
                counts, uncovered, report);
    }

    /** The year's latest annual exam owned in scope. */
    @Allowed.Overseers
    public Optional<ExamRecord> annualExam(int year) {
        ZoneId zone = clock.getZone();
        return exams.inScope().stream().filter(e -> e.settings().kind() == ExamKind.ANNUAL)
                .filter(e -> e.settings().opensAt() != null
                        && e.settings().opensAt().atZone(zone).getYear() == year)
                .findFirst();
    }

    private List<OverviewFigures.MonthRate> months(int year, LocalDate today, Long unitId) {
        int last = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
        return attendance.months(year, last, unitId).stream()
                .map(m -> new OverviewFigures.MonthRate(m.month(), m.invited(), m.rate())).toList();
    }

    /** Units where nothing was measured rank below every measured one. */
    private static double rate(Double measured) {
        return measured == null ? -1 : measured;
    }
}
