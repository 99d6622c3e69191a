package org.xuefa.studyreport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.SpreadsheetStream;
import org.xuefa.base.i18n.Messages;

/**
 * The attendance reports as CSV and Excel files, with headers in the reader's language, written row by row while
 * the database reads them ({@link SpreadsheetStream}): memory stays flat for a city's year.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceExports {
    private final AttendanceReports reports;
    private final Messages messages;
    private final Clock clock;

    AttendanceExports(AttendanceReports reports, Messages messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    /** The file name without extension: report, scope (unit codes) and period. Checks the scope. */
    @Allowed.Overseers
    public String fileName(AttendanceReport which, AttendanceFilter f) {
        return "attendance-" + which.fileName() + "-" + reports.scope(f).label() + "-" + f.from() + "-" + f.to();
    }

    @Allowed.Overseers
    public void csv(AttendanceReport which, AttendanceFilter f, Locale locale, OutputStream out) {
        reports.scope(f); // refuse before the first byte
        SpreadsheetStream.csv(out, rows -> write(which, f, locale, rows));
    }

    @Allowed.Overseers
    public void xlsx(AttendanceReport which, AttendanceFilter f, Locale locale, OutputStream out) {
        reports.scope(f);
        SpreadsheetStream.xlsx(out, t("attendance.tab." + which.fileName(), locale),
                rows -> write(which, f, locale, rows));
    }

    /** The whole CSV file in memory, for tests and small reports. */
    @Allowed.Overseers
    public byte[] csv(AttendanceReport which, AttendanceFilter f, Locale locale) {
        var out = new ByteArrayOutputStream();
        csv(which, f, locale, out);
        return out.toByteArray();
    }

    /** The whole Excel file in memory, for tests and small reports. */
    @Allowed.Overseers
    public byte[] xlsx(AttendanceReport which, AttendanceFilter f, Locale locale) {
        var out = new ByteArrayOutputStream();
        xlsx(which, f, locale, out);
        return out.toByteArray();
    }

    private void write(AttendanceReport which, AttendanceFilter f, Locale locale, SpreadsheetStream.Rows table) {
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
        switch (which) {
            case SESSIONS -> {
                table.row(headers(locale, "date", "session", "kind", "unit", "invited", "present", "late", "excused",
                        "absent", "rate", "makeupDone", "makeupTotal"));
                reports.eachSession(f, r -> table.row(List.of(date.format(r.startsAt()), r.title(),
                        t("sessionKind." + r.kind(), locale), r.unitName(), r.invited(), r.present(), r.late(),
                        r.excused(), r.absent(), percent(r.rate()), r.makeupDone(), r.makeupTotal())));
            }
            case PEOPLE -> {
                table.row(headers(locale, "name", "staffNumber", "unit", "invited", "present", "late", "excused",
                        "absent", "rate", "run", "flag", "makeupDone", "makeupTotal"));
                String flagged = t("attendance.flagged", locale);
                reports.eachPerson(f, r -> table.row(List.of(r.name(), r.staffNumber(), r.unitName(), r.invited(),
                        r.present(), r.late(), r.excused(), r.absent(), percent(r.rate()), r.longestUnexcusedRun(),
                        r.flagged() ? flagged : "", r.makeupDone(), r.makeupTotal())));
            }
            case UNITS -> {
                table.row(headers(locale, "unit", "people", "invited", "present", "late", "excused", "absent",
                        "rate", "flaggedPeople", "makeupDone", "makeupTotal"));
                for (UnitReportRow r : reports.units(f)) {
                    table.row(List.of(r.total() ? t("attendance.total", locale) : r.displayName(locale), r.people(),
                            r.invited(), r.present(), r.late(), r.excused(), r.absent(), percent(r.rate()),
                            r.flaggedPeople(), r.makeupDone(), r.makeupTotal()));
                }
            }
        }
    }

    /** The rate in percent with one decimal, a number so Excel can sort it; empty when undefined. */
    static Object percent(Double rate) {
        return rate == null ? "" : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private List<Object> headers(Locale locale, String... keys) {
        List<Object> row = new ArrayList<>();
        for (String k : keys) {
            row.add(t("attendance.col." + k, locale));
        }
        return row;
    }

    private String t(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }
}
