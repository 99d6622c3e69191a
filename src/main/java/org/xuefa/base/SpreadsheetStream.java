package org.xuefa.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The files of {@link Spreadsheets} written row by row to a stream, for exports of any size: memory stays flat.
 * CSV goes out as it is written (UTF-8 with BOM, cells neutralised as in {@link Spreadsheets#csv}); XLSX goes
 * through POI's streaming workbook, which keeps a window of {@value #WINDOW} rows in memory and the rest in a
 * temporary file, deleted on {@link #close()}. The caller's stream is flushed, not closed.
 */
public abstract sealed class SpreadsheetStream implements AutoCloseable {
    static final int WINDOW = 200;

    /** Receives one row after another. */
    @FunctionalInterface
    public interface Rows {
        void row(List<?> values);
    }

    /** Writes the rows {@code body} produces as CSV; the stream is flushed, not closed. */
    public static void csv(OutputStream out, Consumer<Rows> body) {
        try (SpreadsheetStream sheet = csv(out)) {
            body.accept(sheet::row);
        }
    }

    /** Writes the rows {@code body} produces as one XLSX sheet; the stream is flushed, not closed. */
    public static void xlsx(OutputStream out, String sheetName, Consumer<Rows> body) {
        try (SpreadsheetStream sheet = xlsx(out, sheetName)) {
            body.accept(sheet::row);
        }
    }

    public static SpreadsheetStream csv(OutputStream out) {
        return new Csv(out);
    }

    public static SpreadsheetStream xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    /** Appends one row; numbers stay numbers. */
    public abstract void row(List<?> values);

    /** Finishes the file and releases what it held. */
    @Override
    public abstract void close();

    private static final class Csv extends SpreadsheetStream {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> values) {
            try {
                printer.printRecord(values.stream().map(Spreadsheets::neutralise).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends SpreadsheetStream {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(v == null ? "" : v.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                workbook.dispose();
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // the temporary files are gone already; nothing more to release
                }
            }
        }
    }
}
