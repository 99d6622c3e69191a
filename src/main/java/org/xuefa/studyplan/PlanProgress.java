package org.xuefa.studyplan;

import java.util.List;
import org.xuefa.study.SessionKind;

/**
 * Planned against held for one unit and year, a row per kind of session. {@code held} counts closed sessions,
 * {@code scheduled} those still to come; quarters are 1–4. {@code shortQuarters} are the quarters in which any
 * kind fell short.
 */
public record PlanProgress(Long unitId, String unitName, int year, boolean planned, List<Row> rows,
        List<Integer> shortQuarters) {

    public PlanProgress {
        rows = List.copyOf(rows);
        shortQuarters = List.copyOf(shortQuarters);
    }

    /** One kind: the per-quarter and per-year minimum, and per quarter (index 0 = Q1) what was held. */
    public record Row(SessionKind kind, int perQuarter, int perYear, List<Integer> held, List<Integer> scheduled,
            List<PeriodStatus> quarters, int heldInYear, int requiredInYear, PeriodStatus year) {
        public Row {
            held = List.copyOf(held);
            scheduled = List.copyOf(scheduled);
            quarters = List.copyOf(quarters);
        }
    }
}
