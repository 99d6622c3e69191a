package org.xuefa.base.imports;

import java.util.Map;
import java.util.Set;

/**
 * A data row of a recognised sheet: the sheet's name and table, the row number as the user sees it (the header is
 * row 1), the trimmed non-blank cells by column, and the columns the sheet has (shared by its rows).
 */
public record DataRow(String sheet, Table table, int number, Map<Column<?>, String> cells, Set<Column<?>> columns) {

    /** The cell's text, or null when blank or when the sheet lacks the column. */
    public String get(Column<?> column) {
        return cells.get(column);
    }

    /** Whether the sheet has the column: an optional column left out keeps stored values. */
    public boolean has(Column<?> column) {
        return columns.contains(column);
    }
}
