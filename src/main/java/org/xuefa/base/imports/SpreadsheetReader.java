package org.xuefa.base.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded .xlsx (every sheet) or .csv (one sheet named after the file) and hands each data row of a
 * recognised sheet to a consumer, one at a time. Problems with the file's form (type, size, unreadable, unknown
 * sheets, header columns, too many rows) are added to the list; values are checked later, row by row.
 */
public final class SpreadsheetReader {
    private static final int PROGRESS_EVERY = 250;

    private final ImportFormat format;
    private final ImportProgress progress;
    private int tables;
    private int dataRows;
    private int processed;
    private int total;

    public SpreadsheetReader(ImportFormat format) {
        this(format, ImportProgress.NONE);
    }

    public SpreadsheetReader(ImportFormat format, ImportProgress progress) {
        this.format = format;
        this.progress = progress == null ? ImportProgress.NONE : progress;
    }

    /** Reads the whole file into a list of rows, for importers that look at every row before checking any. */
    public List<DataRow> read(String fileName, byte[] content, List<ImportProblem> problems) {
        List<DataRow> rows = new ArrayList<>();
        read(fileName, content, problems, rows::add);
        return rows;
    }

    /** Reads the file, handing over the data rows in file order. */
    public void read(String fileName, byte[] content, List<ImportProblem> problems, Consumer<DataRow> rows) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        int before = problems.size();
        tables = 0;
        dataRows = 0;
        processed = 0;
        total = 0;
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            problems.add(problem(name, 0, ImportError.UNSUPPORTED_FILE, name));
            return;
        }
        if (content != null && content.length > format.maxBytes()) {
            problems.add(problem(name, 0, ImportError.FILE_TOO_LARGE, format.maxMegabytes()));
            return;
        }
        if (content == null || content.length == 0) {
            problems.add(problem(name, 0, ImportError.EMPTY_FILE));
            return;
        }
        if (lower.endsWith(".xlsx")) {
            readWorkbook(name, content, problems, rows);
        } else {
            readCsv(name, content, problems, rows);
        }
        progress.rows(processed, processed);
        if (problems.size() == before && tables == 0 && format.unknownSheets() == ImportFormat.UnknownSheets.SKIP) {
            problems.add(problem(name, 1, ImportError.NO_HEADER));
        } else if (problems.size() == before && dataRows == 0) {
            problems.add(problem(name, 0, ImportError.EMPTY_FILE));
        }
    }

    private void readWorkbook(String fileName, byte[] content, List<ImportProblem> problems, Consumer<DataRow> out) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-Excel file with assorted runtime exceptions
            problems.add(problem(fileName, 0, ImportError.UNREADABLE_FILE, fileName));
            return;
        }
        try (workbook) {
            List<Sheet> sheets = new ArrayList<>();
            workbook.forEach(sheet -> {
                if (!format.skipped(sheet.getSheetName())) {
                    sheets.add(sheet);
                    total += Math.max(sheet.getLastRowNum(), 0);
                }
            });
            for (Sheet sheet : sheets) {
                Iterator<List<String>> rows = new Iterator<>() {
                    private int next = 0;

                    @Override
                    public boolean hasNext() {
                        return next <= sheet.getLastRowNum();
                    }

                    @Override
                    public List<String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return SpreadsheetText.cells(sheet.getRow(next++));
                    }
                };
                sheet(sheet.getSheetName(), true, rows, problems, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readCsv(String fileName, byte[] content, List<ImportProblem> problems, Consumer<DataRow> out) {
        Charset charset = SpreadsheetText.charset(content);
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(SpreadsheetText.delimiter(content, charset))
                .setIgnoreEmptyLines(false).get();
        total = Math.max(SpreadsheetText.lines(content) - 1, 0);
        try (CSVParser parser = CSVParser.parse(SpreadsheetText.reader(content, charset), csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            sheet(fileName, false, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return records.hasNext();
                    } catch (RuntimeException e) {
                        throw new Unreadable(e);
                    }
                }

                @Override
                public List<String> next() {
                    try {
                        return records.next().toList();
                    } catch (NoSuchElementException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new Unreadable(e);
                    }
                }
            }, problems, out);
        } catch (IOException | Unreadable e) {
            // commons-csv reports a broken quote and the like with unchecked exceptions
            problems.add(problem(fileName, 0, ImportError.UNREADABLE_FILE, fileName));
        }
    }

    /** The CSV parser gave up halfway; rows already handed over are of no use, as the file is refused. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(RuntimeException cause) {
            super(cause);
        }
    }

    /** One sheet: its header decides the table and the columns, then each non-blank row goes out. */
    private void sheet(String name, boolean named, Iterator<List<String>> rows, List<ImportProblem> problems,
            Consumer<DataRow> out) {
        if (!rows.hasNext()) {
            return;
        }
        List<String> header = rows.next();
        if (header.stream().allMatch(c -> ImportText.clean(c) == null)) {
            skipBlankSheet(name, rows, problems);
            return;
        }
        Table table = format.choose(named ? name : null, header);
        if (table == null) {
            if (format.unknownSheets() == ImportFormat.UnknownSheets.REPORT) {
                problems.add(problem(name, 0, ImportError.SHEET_NOT_RECOGNISED, name));
            }
            return;
        }
        tables++;
        Map<Integer, Column<?>> columns = new HashMap<>();
        Set<Column<?>> present = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            Column<?> column = format.column(table, header.get(i));
            if (column == null) {
                continue; // extra columns (remarks and the like) are left alone
            }
            if (!present.add(column)) {
                problems.add(problem(name, 1, ImportError.DUPLICATE_COLUMN, column.labelKey()));
            }
            columns.put(i, column);
        }
        for (Column<?> c : table.columns()) {
            if (c.columnRequired() && !present.contains(c)) {
                problems.add(problem(name, 1, ImportError.MISSING_COLUMN, c.labelKey()));
            }
        }
        int inSheet = 0;
        for (int number = 2; rows.hasNext(); number++) {
            List<String> cells = rows.next();
            tick();
            Map<Column<?>, String> values = new HashMap<>();
            for (var e : columns.entrySet()) {
                String value = e.getKey() < cells.size() ? ImportText.clean(cells.get(e.getKey())) : null;
                if (value != null) {
                    values.putIfAbsent(e.getValue(), value);
                }
            }
            if (values.isEmpty()) {
                continue; // a blank row, or only remarks
            }
            if (inSheet >= format.maxRows()) {
                problems.add(problem(name, 0, ImportError.TOO_MANY_ROWS, format.maxRows()));
                return;
            }
            inSheet++;
            dataRows++;
            out.accept(new DataRow(name, table, number, values, present));
        }
    }

    /** A sheet with a blank first row: passed over when it is blank throughout, else it has no header. */
    private void skipBlankSheet(String name, Iterator<List<String>> rows, List<ImportProblem> problems) {
        while (rows.hasNext()) {
            tick();
            if (rows.next().stream().anyMatch(c -> ImportText.clean(c) != null)) {
                if (format.unknownSheets() == ImportFormat.UnknownSheets.REPORT) {
                    problems.add(problem(name, 0, ImportError.SHEET_NOT_RECOGNISED, name));
                }
                return;
            }
        }
    }

    private void tick() {
        processed++;
        if (processed % PROGRESS_EVERY == 0) {
            progress.rows(processed, Math.max(processed, total));
        }
    }

    private ImportProblem problem(String sheet, int row, ImportError error, Object... args) {
        return ImportProblem.of(sheet, row, format.problemKey(error), args);
    }
}
