package org.xuefa.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns an uploaded .xlsx or .csv into recognised sheets of trimmed text cells. Problems with the file's form
 * (size, type, unknown sheets, missing columns) are added to the list; values are checked later.
 */
final class RosterReader {
    static final int MAX_MEGABYTES = 5;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    static final int MAX_ROWS = 10_000;

    private final RosterFormat format;

    RosterReader(RosterFormat format) {
        this.format = format;
    }

    List<RosterSheet> read(String fileName, byte[] content, List<ImportProblem> problems) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            problems.add(ImportProblem.of(name, 0, "import.error.unsupported-file", name));
            return List.of();
        }
        if (content != null && content.length > MAX_BYTES) {
            problems.add(ImportProblem.of(name, 0, "import.error.file-too-large", MAX_MEGABYTES));
            return List.of();
        }
        if (content == null || content.length == 0) {
            problems.add(ImportProblem.of(name, 0, "import.error.empty-file"));
            return List.of();
        }
        List<RosterSheet> sheets = new ArrayList<>();
        if (lower.endsWith(".xlsx")) {
            readWorkbook(name, content, problems, sheets);
        } else {
            readCsv(name, content, problems, sheets);
        }
        if (problems.isEmpty() && sheets.stream().allMatch(s -> s.rows().isEmpty())) {
            problems.add(ImportProblem.of(name, 0, "import.error.empty-file"));
        }
        return sheets;
    }

    private void readWorkbook(String fileName, byte[] content, List<ImportProblem> problems, List<RosterSheet> out) {
        List<String> names = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
                tables.add(org.xuefa.base.SpreadsheetText.rows(sheet, MAX_ROWS));
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-Excel file with assorted runtime exceptions
            problems.add(ImportProblem.of(fileName, 0, "import.error.unreadable-file", fileName));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!format.isInstructions(names.get(i))) {
                interpret(names.get(i), format.sheetKind(names.get(i)), tables.get(i), problems, out);
            }
        }
    }

    private void readCsv(String fileName, byte[] content, List<ImportProblem> problems, List<RosterSheet> out) {
        String text = org.xuefa.base.SpreadsheetText.decode(content);
        char delimiter = org.xuefa.base.SpreadsheetText.delimiter(text);
        List<List<String>> rows = new ArrayList<>();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS + 1) {
                    rows.add(null);
                    break;
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.of(fileName, 0, "import.error.unreadable-file", fileName));
            return;
        }
        interpret(fileName, null, rows, problems, out);
    }

    private void interpret(String sheetName, ImportKind named, List<List<String>> table, List<ImportProblem> problems,
            List<RosterSheet> out) {
        if (table.stream().allMatch(RosterReader::blank)) {
            return;
        }
        List<String> header = table.get(0) == null ? List.of() : table.get(0);
        ImportKind guessed = format.guessKind(header);
        // a sheet named for one roster but holding another's full header is read by its header
        ImportKind kind = named == null || (guessed != null && guessed != named && complete(guessed, header)
                && !complete(named, header)) ? guessed : named;
        if (kind == null) {
            problems.add(ImportProblem.of(sheetName, 0, "import.error.sheet-not-recognised", sheetName));
            return;
        }
        Map<Integer, RosterColumn> columns = new HashMap<>();
        Set<RosterColumn> present = EnumSet.noneOf(RosterColumn.class);
        for (int i = 0; i < header.size(); i++) {
            RosterColumn column = format.column(kind, header.get(i));
            if (column == null) {
                continue; // extra columns (remarks and the like) are left alone
            }
            if (!present.add(column)) {
                problems.add(ImportProblem.of(sheetName, 1, "import.error.duplicate-column", column.labelKey()));
            }
            columns.putIfAbsent(i, column);
        }
        for (RosterColumn c : RosterColumn.of(kind)) {
            if (c.columnRequired() && !present.contains(c)) {
                problems.add(ImportProblem.of(sheetName, 1, "import.error.missing-column", c.labelKey()));
            }
        }
        List<RosterSheet.Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells == null || rows.size() >= MAX_ROWS) {
                problems.add(ImportProblem.of(sheetName, 0, "import.error.too-many-rows", MAX_ROWS));
                break;
            }
            if (blank(cells)) {
                continue;
            }
            Map<RosterColumn, String> values = new HashMap<>();
            columns.forEach((index, column) -> {
                String value = index < cells.size() ? clean(cells.get(index)) : null;
                if (value != null && !values.containsKey(column)) {
                    values.put(column, value);
                }
            });
            rows.add(new RosterSheet.Row(r + 1, values));
        }
        out.add(new RosterSheet(sheetName, kind, present, rows));
    }

    private boolean complete(ImportKind kind, List<String> header) {
        Set<RosterColumn> found = EnumSet.noneOf(RosterColumn.class);
        header.forEach(h -> {
            RosterColumn c = format.column(kind, h);
            if (c != null) {
                found.add(c);
            }
        });
        return RosterColumn.of(kind).stream().filter(RosterColumn::columnRequired).allMatch(found::contains);
    }

    private static boolean blank(List<String> cells) {
        return cells != null && cells.stream().allMatch(c -> clean(c) == null);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').strip();
        return t.isEmpty() ? null : t;
    }
}
