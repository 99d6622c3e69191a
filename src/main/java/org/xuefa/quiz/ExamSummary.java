package org.xuefa.quiz;

import java.math.BigDecimal;
import java.util.List;

/**
 * Results of one exam within the reader's scope: per unit and in total, participation (参考率), pass (合格率) and
 * excellence (优秀率) rates, the average score, and who has not sat it or failed.
 */
public record ExamSummary(ExamRecord exam, List<UnitResult> units, UnitResult total, List<Person> notSat,
        List<Person> failed) {

    /** Rates are fractions from 0 to 1; pass and excellence are of those who sat. Null when nobody sat. */
    public record UnitResult(String unitName, int audience, int sat, int passed, int excellent, BigDecimal average) {
        public double participation() {
            return audience == 0 ? 0 : sat / (double) audience;
        }

        public double passRate() {
            return sat == 0 ? 0 : passed / (double) sat;
        }

        public double excellence() {
            return sat == 0 ? 0 : excellent / (double) sat;
        }
    }

    public record Person(Long officialId, String name, String staffNumber, String unitName, BigDecimal score,
            Band band) {
    }
}
