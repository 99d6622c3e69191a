package org.xuefa.base.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an importer reads: its tables (sheet kinds), sheets to pass over (instructions), what to do with a sheet
 * that matches no table, its limits, and the prefix of its problem keys. Headers and sheet names are matched on
 * {@link ImportText#headerKey}, against the aliases and, given {@link Translations}, the labels in both languages.
 */
public final class ImportFormat {
    /** A sheet that matches no table: a problem (each sheet must be one), or passed over (the first row decides). */
    public enum UnknownSheets {
        REPORT, SKIP
    }

    private final String problemPrefix;
    private final List<Table> tables;
    private final UnknownSheets unknownSheets;
    private final int maxRows;
    private final int maxMegabytes;
    private final Translations translations;
    private final Map<Table, Map<String, Column<?>>> headers = new LinkedHashMap<>();
    private final Map<Column<?>, CellParser<?>> parsers = new HashMap<>();
    private final Map<String, Table> sheetNames = new HashMap<>();
    private final Set<String> skippedNames = new HashSet<>();

    private ImportFormat(Builder b) {
        this.problemPrefix = b.problemPrefix;
        this.tables = List.copyOf(b.tables);
        this.unknownSheets = b.unknownSheets;
        this.maxRows = b.maxRows;
        this.maxMegabytes = b.maxMegabytes;
        this.translations = b.translations;
        for (Table table : tables) {
            Map<String, Column<?>> byAlias = new HashMap<>();
            for (Column<?> column : table.columns()) {
                column.aliases(translations).forEach(a -> byAlias.putIfAbsent(ImportText.headerKey(a), column));
                parsers.computeIfAbsent(column, c -> c.parser(translations));
            }
            headers.put(table, byAlias);
        }
        for (Names skipped : b.skipped) {
            skipped.aliases(translations).forEach(a -> skippedNames.add(ImportText.headerKey(a)));
        }
        for (Table table : tables) {
            if (table.names() != null) {
                table.names().aliases(translations).forEach(a -> sheetNames.putIfAbsent(ImportText.headerKey(a), table));
            }
        }
    }

    /** A format whose problem keys are {@code <problemPrefix>.<suffix>} (see {@link ImportError}). */
    public static Builder builder(String problemPrefix) {
        return new Builder(problemPrefix);
    }

    public String problemKey(ImportError error) {
        return error.key(problemPrefix);
    }

    public List<Table> tables() {
        return tables;
    }

    public Translations translations() {
        return translations;
    }

    public UnknownSheets unknownSheets() {
        return unknownSheets;
    }

    public int maxRows() {
        return maxRows;
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** Whether a workbook sheet of this name is passed over unread (the template's instructions). */
    public boolean skipped(String sheetName) {
        return sheetName != null && skippedNames.contains(ImportText.headerKey(sheetName));
    }

    /** The table a sheet name announces, or null. */
    public Table tableNamed(String sheetName) {
        return sheetName == null || skipped(sheetName) ? null : sheetNames.get(ImportText.headerKey(sheetName));
    }

    /** The column of the table that a header names, or null. */
    public Column<?> column(Table table, String header) {
        return header == null ? null : headers.get(table).get(ImportText.headerKey(header));
    }

    /**
     * The table a sheet holds: the one its name announces, unless its header is another table's complete header and
     * not that one's; else the table whose columns the header names most (at least two), preferring a complete one.
     */
    public Table choose(String sheetName, List<String> header) {
        Table named = tableNamed(sheetName);
        Table guessed = guess(header);
        if (named == null || (guessed != null && guessed != named && complete(guessed, header)
                && !complete(named, header))) {
            return guessed;
        }
        return named;
    }

    private Table guess(List<String> header) {
        Table best = null;
        long bestScore = 1;
        for (Table table : tables) {
            Set<Column<?>> found = found(table, header);
            long required = table.columns().stream().filter(Column::columnRequired).count();
            long missing = table.columns().stream().filter(c -> c.columnRequired() && !found.contains(c)).count();
            long score = found.size() * 10L + (missing == 0 ? 1000 : 0) - missing;
            if (found.size() >= 2 && score > bestScore && required > 0) {
                best = table;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean complete(Table table, List<String> header) {
        Set<Column<?>> found = found(table, header);
        return table.columns().stream().filter(Column::columnRequired).allMatch(found::contains);
    }

    private Set<Column<?>> found(Table table, List<String> header) {
        Set<Column<?>> found = new HashSet<>();
        for (String h : header) {
            Column<?> c = column(table, h);
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    /** Starts checking one data row; its problems are added to the list. */
    public RowCheck check(DataRow row, List<ImportProblem> problems) {
        return new RowCheck(row, this, problems);
    }

    /** The column's parser as this format made it. */
    @SuppressWarnings("unchecked")
    <T> CellParser<T> parser(Column<T> column) {
        CellParser<?> parser = parsers.get(column);
        return parser != null ? (CellParser<T>) parser : column.parser(translations);
    }

    String problemPrefix() {
        return problemPrefix;
    }

    public static final class Builder {
        private final String problemPrefix;
        private final List<Table> tables = new ArrayList<>();
        private final List<Names> skipped = new ArrayList<>();
        private UnknownSheets unknownSheets = UnknownSheets.REPORT;
        private int maxRows = 10_000;
        private int maxMegabytes = 5;
        private Translations translations = Translations.NONE;

        private Builder(String problemPrefix) {
            this.problemPrefix = problemPrefix;
        }

        /** A table; when a header fits two tables equally, the first added wins. */
        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        /** Workbook sheets of these names are passed over (the template's instructions). */
        public Builder skip(Names names) {
            skipped.add(names);
            return this;
        }

        public Builder unknownSheets(UnknownSheets policy) {
            this.unknownSheets = policy;
            return this;
        }

        /** The most data rows a sheet may have (10,000 unless set). */
        public Builder maxRows(int rows) {
            this.maxRows = rows;
            return this;
        }

        /** The largest file accepted (5 MB unless set). */
        public Builder maxMegabytes(int megabytes) {
            this.maxMegabytes = megabytes;
            return this;
        }

        public Builder translations(Translations translations) {
            this.translations = translations == null ? Translations.NONE : translations;
            return this;
        }

        public ImportFormat build() {
            return new ImportFormat(this);
        }
    }
}
