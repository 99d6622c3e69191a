package org.xuefa.quiz;

import java.math.BigDecimal;
import org.xuefa.base.BusinessException;

/** The grade bands as percentages of the maximum score; defaults ≥90 优秀, 80–89 良好, 60–79 合格, <60 不合格. */
public record Bands(int pass, int good, int excellent) {
    public static final Bands DEFAULT = new Bands(60, 80, 90);

    public Bands {
        if (pass < 0 || pass > good || good > excellent || excellent > 100) {
            throw new BusinessException("exam.error.bands");
        }
    }

    public Band of(BigDecimal percent) {
        if (percent.compareTo(BigDecimal.valueOf(excellent)) >= 0) {
            return Band.EXCELLENT;
        }
        if (percent.compareTo(BigDecimal.valueOf(good)) >= 0) {
            return Band.GOOD;
        }
        return percent.compareTo(BigDecimal.valueOf(pass)) >= 0 ? Band.PASS : Band.FAIL;
    }
}
