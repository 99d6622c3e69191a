package org.xuefa.staffing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.xuefa.base.i18n.Messages;

/** The staffing-gap report as CSV (UTF-8 with BOM, so Excel reads Chinese) and XLSX. */
@Service
public class StaffingExport {
    private final StaffingGapReport report;
    private final Messages messages;

    StaffingExport(StaffingGapReport report, Messages messages) {
        this.report = report;
        this.messages = messages;
    }

    @PreAuthorize("hasAnyRole('HR','LEADER','ADMIN')")
    public byte[] csv(Locale locale) {
        try (var out = new ByteArrayOutputStream()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (var printer = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT)) {
                printer.printRecord(headers(locale));
                for (List<Object> row : rows(report.today(), locale)) {
                    printer.printRecord(row);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize("hasAnyRole('HR','LEADER','ADMIN')")
    public byte[] xlsx(Locale locale) {
        StaffingReport r = report.today();
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(messages.getTranslation("staffing.title", locale));
            int i = 0;
            for (String sentence : StaffingGapReport.sentences(r, messages, locale)) {
                sheet.createRow(i++).createCell(0).setCellValue(sentence);
            }
            if (i > 0) {
                i++;
            }
            write(sheet.createRow(i++), headers(locale).stream().map(h -> (Object) h).toList());
            for (List<Object> row : rows(r, locale)) {
                write(sheet.createRow(i++), row);
            }
            for (int c = 0; c < headers(locale).size(); c++) {
                sheet.setColumnWidth(c, c < 2 ? 6000 : 3000);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(v == null ? "" : v.toString());
            }
        }
    }

    private List<String> headers(Locale locale) {
        return List.of("unit", "postKind", "established", "filled", "vacant", "contract", "concurrent").stream()
                .map(k -> messages.getTranslation("staffing.col." + k, locale)).toList();
    }

    private List<List<Object>> rows(StaffingReport r, Locale locale) {
        return r.rows().stream().map(row -> List.<Object>of(row.unitName(locale),
                messages.getTranslation("postKind." + row.kind(), locale), row.established(), row.filled(),
                row.vacant(), row.contract(), row.concurrent())).toList();
    }
}
