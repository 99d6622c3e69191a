package org.xuefa.base.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small importer for the framework's tests: external training hours, as HR records them. */
final class Fixtures {
    private static final Column.Family COLUMNS = Column.family("test.column.");
    static final Column<String> STAFF = COLUMNS.of("STAFF_NUMBER", "staffNumber", Column.Need.VALUE, Parsers.code(10),
            "工号|人员编号", "staff number|staff no");
    static final Column<String> COURSE = COLUMNS.of("COURSE", "course", Column.Need.VALUE, Parsers.text(20),
            "课程名称|课程", "course|course title");
    static final Column<LocalDate> DAY = COLUMNS.of("DAY", "day", Column.Need.OPTIONAL, Parsers.date(),
            "培训日期|日期", "date|training date");
    static final Column<BigDecimal> HOURS = COLUMNS.of("HOURS", "hours", Column.Need.COLUMN, Parsers.decimal(),
            "学时", "hours");
    static final Column<Boolean> CERTIFICATE = COLUMNS.of("CERTIFICATE", "certificate", Column.Need.OPTIONAL,
            Parsers.bool(), "有证书|证书", "certificate");
    static final Table TRAINING = new Table("TRAINING", List.of(STAFF, COURSE, DAY, HOURS, CERTIFICATE),
            Names.of("test.sheet.training", "培训|学时", "training"));
    static final Table PEOPLE = new Table("PEOPLE", List.of(STAFF, COLUMNS.of("NAME", "name", Column.Need.VALUE,
            Parsers.text(10), "姓名", "name")), Names.of("test.sheet.people", "人员", "people"));
    static final Names HELP = Names.of("test.sheet.help", "说明", "help");

    private Fixtures() {
    }

    static ImportFormat.Builder format(ImportFormat.UnknownSheets unknown) {
        return ImportFormat.builder("test.error").table(TRAINING).table(PEOPLE).skip(HELP).unknownSheets(unknown);
    }

    static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);
        return file;
    }

    static byte[] csv(String... lines) {
        return csv(StandardCharsets.UTF_8, false, lines);
    }

    /** A workbook with the given sheets; strings, numbers and dates become cells of those types. */
    static byte[] xlsx(Map<String, Object[][]> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (var entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                Object[][] rows = entry.getValue();
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        var cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v != null) {
                            cell.setCellValue((String) v);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
