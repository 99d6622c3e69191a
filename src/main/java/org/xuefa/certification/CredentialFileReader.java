package org.xuefa.certification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
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
                tables.put(sheet.getSheetName(), org.xuefa.base.SpreadsheetText.rows(sheet, MAX_ROWS));
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

    private int readCsv(String fileName, byte[] content, List<ImportProblem> problems, List<Line> out) {
        String text = org.xuefa.base.SpreadsheetText.decode(content);
        List<List<String>> rows = new ArrayList<>();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(org.xuefa.base.SpreadsheetText.delimiter(text)).setIgnoreEmptyLines(false).get();
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
