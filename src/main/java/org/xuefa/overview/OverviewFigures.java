package org.xuefa.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.staffing.StaffingReport;
import org.xuefa.studyplan.PlanProgress;

/**
 * The overview of a scope and year. {@code exam} is the year's latest annual exam in scope (null if none), its units
 * ranked by participation, pass and excellence rates; {@code credentials} and {@code staffing} are null for
 * readers who may not see them (organizers).
 */
public record OverviewFigures(int year, LocalDate date, Long unitId, String unitName, Long examId,
        ExamSummary exam, List<ExamSummary.UnitResult> examRanking, List<MonthRate> attendance, PlanProgress plan,
        List<UnitCompliance> hours, Map<CredentialStatus, Integer> credentials, Integer enforcementUncovered,
        StaffingReport staffing) {

    /** Attendance rate of closed sessions in a month (1–12), null when nobody was counted. */
    public record MonthRate(int month, int invited, Double rate) {
    }

    /** Sessions planned and held in a quarter (1–4), summed over the plan's kinds. */
    public record QuarterPlan(int quarter, int planned, int held, boolean shortfall) {
    }

    /** Planned against held per quarter, from the unit's plan. */
    public List<QuarterPlan> quarters() {
        if (plan == null) {
            return List.of();
        }
        return IntStream.rangeClosed(1, 4).mapToObj(q -> new QuarterPlan(q,
                plan.rows().stream().mapToInt(PlanProgress.Row::perQuarter).sum(),
                plan.rows().stream().mapToInt(r -> r.held().get(q - 1)).sum(),
                plan.shortQuarters().contains(q))).toList();
    }
}
