package org.xuefa.quiz;

import java.math.BigDecimal;
import java.util.List;

/**
 * Results of one exam within the reader's scope: per unit and in total, participation (参考率), pass (合格率) and
 * excellence (优秀率) rates and the average score. Who has not sat it or failed are paged lists of
 * {@link ExamResults}; their counts follow from the total.
 */
public record ExamSummary(ExamRecord exam, List<UnitResult> units, UnitResult total) {

    public int notSatCount() {
        return total.audience() - total.sat();
    }

    public int failedCount() {
        return total.sat() - total.passed();
    }

    /**
     * Rates are fractions from 0 to 1; pass and excellence are of those who sat. A rate nothing measured is null
     * (shown as "—"): participation without an audience, pass and excellence when nobody sat.
     */
    public record UnitResult(String unitName, int audience, int sat, int passed, int excellent, BigDecimal average) {
        public Double participation() {
            return audience == 0 ? null : sat / (double) audience;
        }

        public Double passRate() {
            return sat == 0 ? null : passed / (double) sat;
        }

        public Double excellence() {
            return sat == 0 ? null : excellent / (double) sat;
        }
    }

    public record Person(Long officialId, String name, String staffNumber, String unitName, BigDecimal score,
            Band band) {
    }
}
