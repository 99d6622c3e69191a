package org.xuefa.base.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xuefa.base.Spreadsheets;

/**
 * Templates generated from an importer's tables, in the reader's language: a CSV file (UTF-8 with BOM) of one table,
 * or a workbook of data sheets (header bold on grey, cells formatted as text so numbers and dates stay as typed)
 * and instructions sheets. Whatever the headers say, the reader reads them back.
 */
public final class ImportTemplates {
    private final ImportFormat format;
    private final Locale locale;

    public ImportTemplates(ImportFormat format, Locale locale) {
        this.format = format;
        this.locale = locale;
    }

    /** The table's headers in the reader's language. */
    public List<String> header(Table table) {
        return table.columns().stream().map(c -> c.header(locale, format.translations())).toList();
    }

    /** The name a template gives the sheet of a table (or of instructions). */
    public String sheetName(Names names) {
        return names.name(locale, format.translations());
    }

    /** A CSV file (UTF-8 with BOM, so Excel reads the Chinese) with the header and example rows. */
    public byte[] csv(Table table, List<List<String>> examples) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.copyOf(header(table)));
        examples.forEach(e -> rows.add(List.copyOf(e)));
        return Spreadsheets.csv(rows);
    }

    /** Starts a workbook; sheets come in the order they are added. */
    public Workbook workbook() {
        return new Workbook();
    }

    /** A template workbook being written. */
    public final class Workbook {
        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle text;
        private final CellStyle header;

        private Workbook() {
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        /** A data sheet: the table's header, frozen, over example rows; columns {@code width} characters wide. */
        public Workbook table(String sheetName, Table table, List<List<String>> examples, int width) {
            Sheet sheet = workbook.createSheet(sheetName);
            List<String> headers = header(table);
            for (int i = 0; i < headers.size(); i++) {
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, width * 256);
            }
            write(sheet.createRow(0), headers, header);
            for (int r = 0; r < examples.size(); r++) {
                write(sheet.createRow(r + 1), examples.get(r), text);
            }
            sheet.createFreezePane(0, 1);
            return this;
        }

        /** A sheet of instructions, its columns {@code widths} characters wide. */
        public Instructions instructions(String sheetName, int... widths) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            return new Instructions(sheet);
        }

        public byte[] bytes() {
            try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(Row row, List<String> values, CellStyle style) {
            for (int i = 0; i < values.size(); i++) {
                var cell = row.createCell(i);
                cell.setCellValue(values.get(i));
                cell.setCellStyle(style);
            }
        }

        /** Lines of an instructions sheet, top to bottom. */
        public final class Instructions {
            private final Sheet sheet;
            private int next;

            private Instructions(Sheet sheet) {
                this.sheet = sheet;
            }

            /** A line in the header style: a title, or the heads of a list. */
            public Instructions heading(String... cells) {
                write(sheet.createRow(next++), List.of(cells), header);
                return this;
            }

            public Instructions row(String... cells) {
                write(sheet.createRow(next++), List.of(cells), text);
                return this;
            }

            public Instructions blank() {
                next++;
                return this;
            }

            /**
             * The import's rules ({@code <prefix>.help.rule.1} to {@code .<rules>}), then under a heading
             * ({@code .help.column}, {@code .help.required}, {@code .help.description}) a line per column of the
             * table: its header, whether a value is required ({@code .help.yes}/{@code .help.no}) and what it
             * holds ({@code .help.col.<code>}), each key read through {@code t}.
             */
            public Instructions rulesAndColumns(String prefix, int rules, Table table, Function<String, String> t) {
                for (int i = 1; i <= rules; i++) {
                    row(t.apply(prefix + ".help.rule." + i));
                }
                blank().heading(t.apply(prefix + ".help.column"), t.apply(prefix + ".help.required"),
                        t.apply(prefix + ".help.description"));
                for (Column<?> c : table.columns()) {
                    row(c.header(locale, Translations.NONE), t.apply(prefix + (c.valueRequired() ? ".help.yes"
                            : ".help.no")), t.apply(prefix + ".help.col." + c.code()));
                }
                return this;
            }

            public Workbook done() {
                return Workbook.this;
            }
        }
    }
}
