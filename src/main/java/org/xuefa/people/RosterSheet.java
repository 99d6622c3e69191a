package org.xuefa.people;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One recognised sheet (or CSV file) of a roster: the columns it has and its non-blank rows. */
record RosterSheet(String name, ImportKind kind, Set<RosterColumn> columns, List<Row> rows) {

    /** A data row; {@code number} is the spreadsheet row number, cells are trimmed and blank ones are absent. */
    record Row(int number, Map<RosterColumn, String> cells) {
        String get(RosterColumn column) {
            return cells.get(column);
        }
    }

    boolean has(RosterColumn column) {
        return columns.contains(column);
    }
}
