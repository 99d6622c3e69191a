package org.xuefa.staffing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.SpreadsheetStream;
import org.xuefa.base.i18n.Messages;

/**
 * The staffing-gap report of a unit's subtree (null: the caller's whole scope) as CSV (UTF-8 with BOM, so Excel reads
 * Chinese) and XLSX, written to the output row by row as the database cursor yields them.
 */
@Service
@Transactional(readOnly = true)
public class StaffingExport {
    /** Sentences at the top of the XLSX before "and N more". */
    static final int SENTENCES = 20;
    private final StaffingGapReport report;
    private final Messages messages;

    StaffingExport(StaffingGapReport report, Messages messages) {
        this.report = report;
        this.messages = messages;
    }

    /** The file name, naming the scope (unit code) and the date, e.g. {@code staffing-gaps-tangpeng-2026-11-26.csv}. */
    @Allowed.HrAndLeaders
    public String fileName(Long unitId, String extension) {
        return "staffing-gaps-" + report.scopeCode(unitId) + "-" + report.date() + "." + extension;
    }

    @Allowed.HrAndLeaders
    public void csv(Long unitId, Locale locale, OutputStream out) throws IOException {
        LocalDate date = report.date();
        try (SpreadsheetStream writer = SpreadsheetStream.csv(out)) {
            write(writer, unitId, date, locale);
        }
    }

    /** The scope's worst gaps as sentences first, then the figures. */
    @Allowed.HrAndLeaders
    public void xlsx(Long unitId, Locale locale, OutputStream out) throws IOException {
        LocalDate date = report.date();
        List<String> sentences = StaffingGapReport.sentences(report.summary(unitId, date, SENTENCES), messages,
                locale);
        try (SpreadsheetStream writer = SpreadsheetStream.xlsx(out, messages.getTranslation("staffing.title", locale))) {
            for (String s : sentences) {
                writer.row(List.of(s));
            }
            if (!sentences.isEmpty()) {
                writer.row(List.of());
            }
            write(writer, unitId, date, locale);
        }
    }

    private void write(SpreadsheetStream writer, Long unitId, LocalDate date, Locale locale) {
        writer.row(headers(locale));
        report.eachRow(unitId, date, row -> writer.row(values(row, locale)));
    }

    private List<String> headers(Locale locale) {
        return List.of("unit", "postKind", "established", "filled", "vacant", "contract", "concurrent", "certified",
                "filledUncertified", "concurrentUncertified", "trainable", "recruit", "expiringSoon").stream()
                .map(k -> messages.getTranslation("staffing.col." + k, locale)).toList();
    }

    private List<Object> values(StaffingRow row, Locale locale) {
        List<Object> values = new ArrayList<>(List.of(row.unitName(locale),
                messages.getTranslation("postKind." + row.kind(), locale), row.established(), row.filled(),
                row.vacant(), row.contract(), row.concurrent()));
        values.add(row.certified() == null ? "" : row.certified());
        values.add(row.filledUncertified() == null ? "" : row.filledUncertified());
        values.add(row.concurrentUncertified() == null ? "" : row.concurrentUncertified());
        values.add(row.trainable() == null ? "" : row.trainable());
        values.add(row.needsRecruitment() == null ? "" : row.needsRecruitment());
        values.add(row.expiringSoon() == null ? "" : row.expiringSoon());
        return values;
    }
}
