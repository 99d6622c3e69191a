package org.xuefa.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the roster templates in the user's language: the headers the reader recognises, one example row per
 * sheet, and an instructions sheet naming every column and its allowed values. The example rows refer to a
 * parent unit that does not exist, so an untouched template is refused rather than imported.
 */
final class RosterTemplates {
    private final RosterFormat format;
    private final Locale locale;

    RosterTemplates(RosterFormat format, Locale locale) {
        this.format = format;
        this.locale = locale;
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            instructions(workbook.createSheet(format.sheetName(RosterFormat.INSTRUCTIONS, locale)), header);
            for (ImportKind kind : ImportKind.values()) {
                Sheet sheet = workbook.createSheet(format.sheetName(kind.name(), locale));
                List<RosterColumn> columns = RosterColumn.of(kind);
                Row head = sheet.createRow(0);
                Row example = sheet.createRow(1);
                List<String> values = example(kind);
                for (int i = 0; i < columns.size(); i++) {
                    sheet.setDefaultColumnStyle(i, text);
                    sheet.setColumnWidth(i, 20 * 256);
                    var h = head.createCell(i);
                    h.setCellValue(format.header(columns.get(i), locale));
                    h.setCellStyle(header);
                    var e = example.createCell(i);
                    e.setCellValue(values.get(i));
                    e.setCellStyle(text);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(ImportKind kind) {
        StringWriter writer = new StringWriter();
        writer.write('\uFEFF'); // so that Excel opens the UTF-8 file as UTF-8
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(RosterColumn.of(kind).stream().map(c -> format.header(c, locale)).toList());
            printer.printRecord(example(kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void instructions(Sheet sheet, CellStyle header) {
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 100 * 256);
        int r = 0;
        var title = sheet.createRow(r++).createCell(0);
        title.setCellValue(t("import.help.title"));
        title.setCellStyle(header);
        for (int i = 1; i <= 6; i++) {
            sheet.createRow(r++).createCell(0).setCellValue(i + ". " + t("import.help.rule." + i));
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] titles = {"import.help.col.sheet", "import.help.col.column", "import.help.col.required",
                "import.help.col.description"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(t(titles[i]));
            head.getCell(i).setCellStyle(header);
        }
        for (ImportKind kind : ImportKind.values()) {
            for (RosterColumn c : RosterColumn.of(kind)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(format.sheetName(kind.name(), locale));
                row.createCell(1).setCellValue(format.header(c, locale));
                row.createCell(2).setCellValue(t(c.valueRequired() ? "import.help.required"
                        : c.columnRequired() ? "import.help.column-required" : "import.help.optional"));
                row.createCell(3).setCellValue(describe(c));
            }
        }
    }

    private String describe(RosterColumn column) {
        String text = t("import.help." + column.kind().name().toLowerCase() + "." + column.labelKey()
                .substring(column.labelKey().lastIndexOf('.') + 1));
        Class<? extends Enum<?>> choices = CHOICES.get(column);
        if (choices == null) {
            return text;
        }
        String allowed = Arrays.stream(choices.getEnumConstants()).map(this::choice)
                .collect(Collectors.joining(RosterFormat.isEnglish(locale) ? ", " : "、"));
        String space = RosterFormat.isEnglish(locale) ? " " : "";
        return text + space + t("import.help.allowed") + space + allowed;
    }

    private String choice(Enum<?> value) {
        if (!RosterFormat.isEnglish(locale)) {
            return RosterFormat.chineseLabel(value) + " (" + value.name() + ")";
        }
        String label = format.translated(RosterFormat.enumKey(value), locale);
        return label == null ? value.name() : value.name() + " (" + label + ")";
    }

    private static final Map<RosterColumn, Class<? extends Enum<?>>> CHOICES = Map.of(
            RosterColumn.UNIT_KIND, UnitKind.class, RosterColumn.POST_KIND, PostKind.class,
            RosterColumn.OFFICIAL_CATEGORY, OfficialCategory.class,
            RosterColumn.OFFICIAL_EMPLOYMENT, EmploymentType.class);

    /** One example row, in the column order of {@link RosterColumn#of}. */
    private List<String> example(ImportKind kind) {
        return switch (kind) {
            case UNITS -> List.of("justice-office", "司法所", "Justice Office", v(UnitKind.STATION), "example-town", "60");
            case POSTS -> List.of("justice-office", v(PostKind.ENFORCEMENT), "司法助理员", "3", "");
            case OFFICIALS -> List.of("A0001", "张三", "justice-office", "司法助理员", v(OfficialCategory.STAFF),
                    v(EmploymentType.ESTABLISHED), "2020-09-01", "");
        };
    }

    private String v(Enum<?> value) {
        return RosterFormat.templateValue(value, locale);
    }

    private String t(String key) {
        String text = format.translated(key, locale);
        return text == null ? key : text;
    }
}
