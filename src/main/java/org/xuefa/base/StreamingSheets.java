package org.xuefa.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The streaming counterparts of {@link Spreadsheets} for exports of any size: rows go to the output as they come,
 * so memory stays flat. CSV is UTF-8 with BOM and neutralised like {@link Spreadsheets#csv}; XLSX goes through
 * POI's streaming workbook, which keeps a window of {@value #WINDOW} rows in memory and the rest in a temporary
 * file deleted on close.
 */
public final class StreamingSheets {
    static final int WINDOW = 100;

    private StreamingSheets() {
    }

    /** One row after the other; closing finishes the file (the output stream stays open for the caller). */
    public interface SheetWriter extends Closeable {
        void row(List<?> values) throws IOException;
    }

    public static SheetWriter csv(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
        return new SheetWriter() {
            @Override
            public void row(List<?> values) throws IOException {
                printer.printRecord(values.stream().map(Spreadsheets::neutralise).toList());
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    /** One sheet; numbers stay numbers so Excel can sum them. */
    public static SheetWriter xlsx(OutputStream out, String sheetName) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        SXSSFSheet sheet = wb.createSheet(sheetName);
        return new SheetWriter() {
            private int next;

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
            public void close() throws IOException {
                try {
                    wb.write(out);
                    out.flush();
                } finally {
                    wb.dispose();
                    wb.close();
                }
            }
        };
    }
}
