package org.xuefa.base.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded .xlsx (every sheet, streamed rather than built in memory) or .csv (one sheet named after the
 * file) and hands each data row of a recognised sheet to a consumer, one at a time. Problems with the file's form
 * (type, size, unreadable, unknown sheets, header columns, too many rows) are added to the list; values are checked
 * later, row by row. One reader reads one file at a time.
 */
public final class SpreadsheetReader {
    private static final int PROGRESS_EVERY = 250;

    private final ImportFormat format;
    private final ImportProgress progress;
    private List<ImportProblem> problems;
    private Consumer<DataRow> out;
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
        this.problems = problems;
        this.out = rows;
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
            readWorkbook(name, content);
        } else {
            readCsv(name, content);
        }
        progress.rows(processed, processed);
        if (problems.size() == before && tables == 0 && format.unknownSheets() == ImportFormat.UnknownSheets.SKIP) {
            problems.add(problem(name, 1, ImportError.NO_HEADER));
        } else if (problems.size() == before && dataRows == 0) {
            problems.add(problem(name, 0, ImportError.EMPTY_FILE));
        }
    }

    private void readWorkbook(String fileName, byte[] content) {
        try {
            XlsxRows.read(content, rows -> total = rows,
                    name -> format.skipped(name) ? null : new SheetRows(name, true));
        } catch (XlsxRows.Unreadable e) {
            problems.add(problem(fileName, 0, ImportError.UNREADABLE_FILE, fileName));
        }
    }

    private void readCsv(String fileName, byte[] content) {
        Charset charset = CsvText.charset(content);
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(CsvText.delimiter(content, charset))
                .setIgnoreEmptyLines(false).get();
        total = Math.max(CsvText.lines(content) - 1, 0);
        SheetRows sheet = new SheetRows(fileName, false);
        try (CSVParser parser = CSVParser.parse(CsvText.reader(content, charset), csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            for (int number = 1; ; number++) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (RuntimeException e) {
                    // commons-csv reports a broken quote and the like with unchecked exceptions
                    problems.add(problem(fileName, 0, ImportError.UNREADABLE_FILE, fileName));
                    return;
                }
                sheet.row(number, record.toList());
            }
        } catch (IOException e) {
            problems.add(problem(fileName, 0, ImportError.UNREADABLE_FILE, fileName));
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

    /** One sheet, row by row: its first row decides the table and the columns, then each non-blank row goes out. */
    private final class SheetRows implements XlsxRows.Sink {
        private final String name;
        private final boolean named;
        private final Map<Integer, Column<?>> columns = new HashMap<>();
        private final Set<Column<?>> present = new HashSet<>();
        private Table table;
        private boolean started;
        private boolean done;
        private int inSheet;

        SheetRows(String name, boolean named) {
            this.name = name;
            this.named = named;
        }

        @Override
        public void row(int number, List<String> cells) {
            if (!started) {
                started = true;
                if (number == 1 && !blank(cells)) {
                    header(cells);
                    return;
                }
                // no header: the sheet is passed over if blank throughout, else it is not recognised
            }
            if (done || number == 1) {
                return;
            }
            tick();
            if (table == null) {
                if (!blank(cells)) {
                    unrecognised();
                }
                return;
            }
            data(number, cells);
        }

        private void header(List<String> header) {
            table = format.choose(named ? name : null, header);
            if (table == null) {
                unrecognised();
                return;
            }
            tables++;
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
        }

        private void data(int number, List<String> cells) {
            Map<Column<?>, String> values = new HashMap<>();
            for (var e : columns.entrySet()) {
                String value = e.getKey() < cells.size() ? ImportText.clean(cells.get(e.getKey())) : null;
                if (value != null) {
                    values.putIfAbsent(e.getValue(), value);
                }
            }
            if (values.isEmpty()) {
                return; // a blank row, or only remarks
            }
            if (inSheet >= format.maxRows()) {
                problems.add(problem(name, 0, ImportError.TOO_MANY_ROWS, format.maxRows()));
                done = true;
                return;
            }
            inSheet++;
            dataRows++;
            out.accept(new DataRow(name, table, number, values, present));
        }

        private void unrecognised() {
            if (format.unknownSheets() == ImportFormat.UnknownSheets.REPORT) {
                problems.add(problem(name, 0, ImportError.SHEET_NOT_RECOGNISED, name));
            }
            done = true;
        }

        private static boolean blank(List<String> cells) {
            return cells.stream().allMatch(c -> ImportText.clean(c) == null);
        }
    }
}
