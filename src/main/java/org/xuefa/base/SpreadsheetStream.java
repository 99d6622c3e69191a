package org.xuefa.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Report files written while the rows arrive, so memory stays flat whatever the size: CSV straight to the
 * stream (UTF-8 with BOM, cells neutralised as in {@link Spreadsheets}), XLSX through POI's streaming workbook,
 * which keeps {@value #WINDOW} rows in memory and flushes older ones to a temporary file it deletes at the end.
 */
public final class SpreadsheetStream {
    static final int WINDOW = 200;

    private SpreadsheetStream() {
    }

    /** Receives one row after another. */
    @FunctionalInterface
    public interface Rows {
        void row(List<?> values);
    }

    /** Writes the rows {@code body} produces as CSV; the stream is flushed, not closed. */
    public static void csv(OutputStream out, Consumer<Rows> body) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            body.accept(values -> {
                try {
                    printer.printRecord(values.stream().map(Spreadsheets::neutralise).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows {@code body} produces as one XLSX sheet; numbers stay numbers. The stream is not closed. */
    public static void xlsx(OutputStream out, String sheetName, Consumer<Rows> body) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            int[] next = {0};
            body.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v == null ? "" : v.toString());
                    }
                }
            });
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // the temporary files are already gone
            }
        }
    }
}
