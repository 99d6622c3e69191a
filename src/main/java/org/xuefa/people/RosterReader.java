package org.xuefa.people;

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
                tables.add(table(sheet));
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

    private void readCsv(String fileName, byte[] content, List<ImportProblem> problems, List<RosterSheet> out) {
        String text = decode(content);
        char delimiter = delimiter(text);
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

    /** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as GB18030, as Chinese Excel saves CSV. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
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
