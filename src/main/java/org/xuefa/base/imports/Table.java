package org.xuefa.base.imports;

import java.util.List;

/**
 * One kind of sheet an importer reads (a roster of units, a list of credentials): its id, its columns in template
 * order and, optionally, the sheet names that announce it. A sheet without such a name is known by its header.
 */
public record Table(String id, List<Column<?>> columns, Names names) {
    public Table {
        columns = List.copyOf(columns);
    }

    public static Table of(String id, List<Column<?>> columns) {
        return new Table(id, columns, null);
    }
}
