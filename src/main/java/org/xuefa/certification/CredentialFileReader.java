package org.xuefa.certification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xuefa.people.ImportProblem;

/**
 * Turns an uploaded .xlsx or .csv into rows of trimmed text cells by column. Problems with the file's form (size,
 * type, header) are added to the list; values are checked by {@link CredentialImportValidator}. In a workbook, every
 * sheet whose header names at least two columns is read; others (such as the template's instructions) are skipped.
 */
final class CredentialFileReader {
    static final int MAX_MEGABYTES = 5;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    static final int MAX_ROWS = 10_000;

    /** One data row; {@code number} is the spreadsheet row number (the header is row 1). */
    record Line(String sheet, int number, Map<CredentialColumn, String> cells, Set<CredentialColumn> columns) {
        String get(CredentialColumn column) {
            return cells.get(column);
        }

        boolean has(CredentialColumn column) {
            return columns.contains(column);
        }
    }

    List<Line> read(String fileName, byte[] content, List<ImportProblem> problems) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            problems.add(problem(name, 0, "credentialImport.error.unsupported-file", name));
            return List.of();
        }
        if (content != null && content.length > MAX_BYTES) {
            problems.add(problem(name, 0, "credentialImport.error.file-too-large", MAX_MEGABYTES));
            return List.of();
        }
        if (content == null || content.length == 0) {
            problems.add(problem(name, 0, "credentialImport.error.empty-file"));
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        int sheetsRead;
        if (lower.endsWith(".xlsx")) {
            sheetsRead = readWorkbook(name, content, problems, lines);
        } else {
            sheetsRead = readCsv(name, content, problems, lines);
        }
        if (problems.isEmpty() && sheetsRead == 0) {
            problems.add(problem(name, 1, "credentialImport.error.no-header"));
        } else if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(problem(name, 0, "credentialImport.error.empty-file"));
        }
        return lines;
    }

    static ImportProblem problem(String sheet, int row, String key, Object... args) {
        return new ImportProblem(sheet, row, key, List.of(args));
    }

    private int readWorkbook(String fileName, byte[] content, List<ImportProblem> problems, List<Line> out) {
        Map<String, List<List<String>>> tables = new java.util.LinkedHashMap<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                tables.put(sheet.getSheetName(), table(sheet));
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-Excel file with assorted runtime exceptions
            problems.add(problem(fileName, 0, "credentialImport.error.unreadable-file", fileName));
            return 0;
        }
        int read = 0;
        for (var e : tables.entrySet()) {
            if (interpret(e.getKey(), e.getValue(), problems, out)) {
                read++;
            }
        }
        return read;
    }

    private static List<List<String>> table(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        if (sheet.getLastRowNum() > MAX_ROWS + 1) {
            rows.add(null); // marks that the sheet goes on beyond the limit
        }
        return rows;
    }

    /** A cell as text; an Excel date becomes yyyy-MM-dd, a whole number loses its ".0". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private int readCsv(String fileName, byte[] content, List<ImportProblem> problems, List<Line> out) {
        String text = decode(content);
        List<List<String>> rows = new ArrayList<>();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS + 1) {
                    rows.add(null);
                    break;
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(problem(fileName, 0, "credentialImport.error.unreadable-file", fileName));
            return 0;
        }
        return interpret(fileName, rows, problems, out) ? 1 : 0;
    }

    /** UTF-8 with or without BOM; a file that is not valid UTF-8 is read as GB18030, as Chinese Excel saves CSV. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            Charset gb = Charset.isSupported("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            return new String(content, start, content.length - start, gb);
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = first.chars().filter(c -> c == ',').count();
        for (char d : new char[] {';', '\t'}) {
            long count = first.chars().filter(c -> c == d).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    /** Reads one table; false when its first row is no credential header (fewer than two known columns). */
    private boolean interpret(String sheet, List<List<String>> table, List<ImportProblem> problems, List<Line> out) {
        if (table.isEmpty() || table.get(0) == null) {
            return false;
        }
        List<String> header = table.get(0);
        Map<Integer, CredentialColumn> columns = new HashMap<>();
        Set<CredentialColumn> present = EnumSet.noneOf(CredentialColumn.class);
        List<ImportProblem> headerProblems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            CredentialColumn column = CredentialColumn.of(header.get(i));
            if (column == null) {
                continue; // extra columns (remarks and the like) are left alone
            }
            if (!present.add(column)) {
                headerProblems.add(problem(sheet, 1, "credentialImport.error.duplicate-column", column.labelKey()));
            }
            columns.putIfAbsent(i, column);
        }
        if (present.size() < 2) {
            return false;
        }
        for (CredentialColumn c : CredentialColumn.values()) {
            if (c.required() && !present.contains(c)) {
                headerProblems.add(problem(sheet, 1, "credentialImport.error.missing-column", c.labelKey()));
            }
        }
        problems.addAll(headerProblems);
        int rows = 0;
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells == null || rows >= MAX_ROWS) {
                problems.add(problem(sheet, 0, "credentialImport.error.too-many-rows", MAX_ROWS));
                break;
            }
            Map<CredentialColumn, String> values = new EnumMap<>(CredentialColumn.class);
            columns.forEach((index, column) -> {
                String value = index < cells.size() ? clean(cells.get(index)) : null;
                if (value != null) {
                    values.putIfAbsent(column, value);
                }
            });
            if (values.isEmpty()) {
                continue; // a blank row, or only remarks
            }
            rows++;
            out.add(new Line(sheet, r + 1, values, present));
        }
        return true;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        return t.isEmpty() ? null : t;
    }
}
