package org.xuefa.hours;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;

/**
 * Hours compliance per person as CSV (UTF-8 with BOM, written row by row) or XLSX (SXSSF, a window of rows in
 * memory), streamed from the database to the response; text cells are neutralised as in {@link Spreadsheets}.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceExport {
    private final HoursCompliance compliance;
    private final Messages messages;

    ComplianceExport(HoursCompliance compliance, Messages messages) {
        this.compliance = compliance;
        this.messages = messages;
    }

    @Allowed.Overseers
    public void csv(Long unitId, Locale locale, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(header(locale));
            compliance.eachPerson(unitId, r -> {
                try {
                    printer.printRecord(values(r, locale).stream().map(Spreadsheets::neutralise).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Allowed.Overseers
    public void xlsx(Long unitId, Locale locale, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            Sheet sheet = wb.createSheet(messages.getTranslation("hours.compliance.title", locale));
            int[] n = {0};
            write(sheet.createRow(n[0]++), header(locale));
            compliance.eachPerson(unitId, r -> write(sheet.createRow(n[0]++), values(r, locale)));
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private static void write(Row row, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Number num) {
                row.createCell(i).setCellValue(num.doubleValue());
            } else {
                row.createCell(i).setCellValue(v == null ? "" : v.toString());
            }
        }
    }

    private List<Object> header(Locale locale) {
        List<Object> h = new ArrayList<>();
        for (String k : List.of("name", "staffNumber", "unit", "training", "trainingRequired", "trainingStanding",
                "online", "onlineRequired", "onlineStanding")) {
            h.add(messages.getTranslation("hours.compliance.col." + k, locale));
        }
        return h;
    }

    private List<Object> values(ComplianceRow r, Locale locale) {
        return List.of(r.name(), r.staffNumber(), r.unitName(), r.training().earned(), r.training().required(),
                messages.getTranslation("hours.standing." + r.training().standing(), locale), r.online().earned(),
                r.online().required(), messages.getTranslation("hours.standing." + r.online().standing(), locale));
    }
}
