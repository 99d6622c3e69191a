package org.xuefa.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.Allowed;

/** The staffing-gap report as CSV (UTF-8 with BOM, so Excel reads Chinese) and XLSX. */
@Service
public class StaffingExport {
    private final StaffingGapReport report;
    private final Messages messages;

    StaffingExport(StaffingGapReport report, Messages messages) {
        this.report = report;
        this.messages = messages;
    }

    @Allowed.HrAndLeaders
    public byte[] csv(Locale locale) {
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(headers(locale)));
        table.addAll(rows(report.today(), locale));
        return Spreadsheets.csv(table);
    }

    /** The town's sentences first, then the figures. */
    @Allowed.HrAndLeaders
    public byte[] xlsx(Locale locale) {
        StaffingReport r = report.today();
        List<List<Object>> table = new ArrayList<>();
        StaffingGapReport.sentences(r, messages, locale).forEach(s -> table.add(List.of(s)));
        if (!table.isEmpty()) {
            table.add(List.of());
        }
        table.add(new ArrayList<>(headers(locale)));
        table.addAll(rows(r, locale));
        return Spreadsheets.xlsx(messages.getTranslation("staffing.title", locale), table);
    }

    private List<String> headers(Locale locale) {
        return List.of("unit", "postKind", "established", "filled", "vacant", "contract", "concurrent", "certified",
                "filledUncertified", "concurrentUncertified", "trainable", "recruit", "expiringSoon").stream()
                .map(k -> messages.getTranslation("staffing.col." + k, locale)).toList();
    }

    private List<List<Object>> rows(StaffingReport r, Locale locale) {
        return r.rows().stream().map(row -> {
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
        }).toList();
    }
}
