package org.xuefa.studyreport;

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
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;

/** The attendance reports as CSV and Excel files, with headers in the reader's language. */
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

    @Allowed.Overseers
    public byte[] csv(AttendanceReport which, AttendanceFilter f, Locale locale) {
        return Spreadsheets.csv(table(which, f, locale));
    }

    @Allowed.Overseers
    public byte[] xlsx(AttendanceReport which, AttendanceFilter f, Locale locale) {
        return Spreadsheets.xlsx(t("attendance.tab." + which.fileName(), locale), table(which, f, locale));
    }

    private List<List<Object>> table(AttendanceReport which, AttendanceFilter f, Locale locale) {
        List<List<Object>> table = new ArrayList<>();
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
        switch (which) {
            case SESSIONS -> {
                table.add(headers(locale, "date", "session", "kind", "unit", "invited", "present", "late", "excused",
                        "absent", "rate", "makeupDone", "makeupTotal"));
                for (SessionReportRow r : reports.sessions(f, 0, Integer.MAX_VALUE)) {
                    table.add(List.of(date.format(r.startsAt()), r.title(), t("sessionKind." + r.kind(), locale),
                            r.unitName(), r.invited(), r.present(), r.late(), r.excused(), r.absent(),
                            percent(r.rate()), r.makeupDone(), r.makeupTotal()));
                }
            }
            case PEOPLE -> {
                table.add(headers(locale, "name", "staffNumber", "unit", "invited", "present", "late", "excused",
                        "absent", "rate", "run", "flag", "makeupDone", "makeupTotal"));
                for (PersonReportRow r : reports.people(f, 0, Integer.MAX_VALUE)) {
                    table.add(List.of(r.name(), r.staffNumber(), r.unitName(), r.invited(), r.present(), r.late(),
                            r.excused(), r.absent(), percent(r.rate()), r.longestUnexcusedRun(),
                            r.flagged() ? t("attendance.flagged", locale) : "", r.makeupDone(), r.makeupTotal()));
                }
            }
            case UNITS -> {
                table.add(headers(locale, "unit", "people", "invited", "present", "late", "excused", "absent",
                        "rate", "flaggedPeople", "makeupDone", "makeupTotal"));
                for (UnitReportRow r : reports.units(f)) {
                    table.add(List.of(r.total() ? t("attendance.total", locale) : r.displayName(locale), r.people(),
                            r.invited(), r.present(), r.late(), r.excused(), r.absent(), percent(r.rate()),
                            r.flaggedPeople(), r.makeupDone(), r.makeupTotal()));
                }
            }
        }
        return table;
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
