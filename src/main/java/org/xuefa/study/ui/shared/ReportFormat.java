package org.xuefa.study.ui.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the study screens write rates (times: {@code base.ui.Times}). */
public final class ReportFormat {
    private ReportFormat() {
    }

    /** 0.857 as "85.7%"; undefined as a dash. */
    public static String rate(Double rate) {
        return rate == null ? "—" : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    public static String ofTotal(int done, int total) {
        return total == 0 ? "—" : done + "/" + total;
    }
}
