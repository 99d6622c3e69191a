package org.xuefa.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes report rows as the two files HR and organizers open in Excel: CSV (UTF-8 with BOM) and XLSX. */
public final class Spreadsheets {
    private Spreadsheets() {
    }

    /**
     * CSV in UTF-8 with a byte-order mark, so Excel reads the Chinese correctly. Text that Excel would take for a
     * formula is neutralised (see {@link #neutralise(Object)}); numbers are written as they are.
     */
    public static byte[] csv(List<List<Object>> rows) {
        try (var out = new ByteArrayOutputStream()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                for (List<Object> row : rows) {
                    printer.printRecord(row.stream().map(Spreadsheets::neutralise).toList());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CSV injection (OWASP): a text cell starting with {@code = + - @}, a tab or a carriage return would run as a
     * formula when HR opens the file in Excel (e.g. a session titled {@code =HYPERLINK(...)}), so it gets a leading
     * single quote and stays text. Numbers, a negative one included, are left alone. XLSX needs none of this: its
     * cells are written as strings, which Excel never evaluates.
     */
    public static Object neutralise(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** One sheet; numbers stay numbers so Excel can sum them. */
    public static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            int r = 0;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
