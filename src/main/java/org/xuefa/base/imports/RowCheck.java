package org.xuefa.base.imports;

import java.util.List;
import org.xuefa.base.BusinessException;

/**
 * Checks one data row: reads typed cells, adding a problem for each cell that is missing or does not parse, and
 * collects the importer's own problems for the row. {@link #clean()} tells whether the row got none.
 */
public final class RowCheck {
    private final DataRow row;
    private final ImportFormat format;
    private final String prefix;
    private final List<ImportProblem> problems;
    private final int before;

    RowCheck(DataRow row, ImportFormat format, List<ImportProblem> problems) {
        this.row = row;
        this.format = format;
        this.prefix = format.problemPrefix();
        this.problems = problems;
        this.before = problems.size();
    }

    /**
     * The cell's value, or null when it is blank or refused. A blank cell in a present column that needs a value,
     * and a value the column's parser refuses, are problems.
     */
    public <T> T get(Column<T> column) {
        String text = row.get(column);
        if (text == null) {
            if (column.valueRequired() && row.has(column)) {
                problems.add(ImportProblem.of(row.sheet(), row.number(), ImportError.REQUIRED.key(prefix),
                        column.labelKey()));
            }
            return null;
        }
        try {
            return format.parser(column).parse(text);
        } catch (InvalidCell e) {
            problems.add(e.problem(row.sheet(), row.number(), prefix, column));
            return null;
        }
    }

    /** Whether the sheet has the column (an optional column left out keeps stored values). */
    public boolean has(Column<?> column) {
        return row.has(column);
    }

    public String sheet() {
        return row.sheet();
    }

    public int number() {
        return row.number();
    }

    /** A problem of this row in the importer's own words. */
    public void problem(String messageKey, Object... args) {
        problems.add(ImportProblem.of(row.sheet(), row.number(), messageKey, args));
    }

    /**
     * Builds the row's entity (unsaved) so that its own rules report here rather than halfway through writing; a
     * rule whose message this row already has is not repeated.
     */
    public void check(Runnable build) {
        try {
            build.run();
        } catch (BusinessException e) {
            boolean repeated = problems.subList(before, problems.size()).stream()
                    .anyMatch(p -> p.messageKey().equals(e.messageKey()));
            if (!repeated) {
                problem(e.messageKey(), e.args());
            }
        }
    }

    /** True while this row has no problem. */
    public boolean clean() {
        return problems.size() == before;
    }
}
