package org.xuefa.study.ui.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the study screens write times and rates. */
public final class ReportFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private ReportFormat() {
    }

    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    public static String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    /** 0.857 as "85.7%"; undefined as a dash. */
    public static String rate(Double rate) {
        return rate == null ? "—" : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    public static String ofTotal(int done, int total) {
        return total == 0 ? "—" : done + "/" + total;
    }
}
