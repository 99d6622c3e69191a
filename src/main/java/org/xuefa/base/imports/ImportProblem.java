package org.xuefa.base.imports;

import java.util.List;

/**
 * One thing wrong with an imported file. {@code row} is the spreadsheet row as the user sees it (the header is row
 * 1; 0 means the whole file or sheet). {@code messageKey} and {@code args} are translated by the view. A problem
 * with one cell names its column by the column's label key as the first argument, which the view translates too.
 */
public record ImportProblem(String sheet, int row, String messageKey, List<Object> args) {
    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static ImportProblem of(String sheet, int row, String messageKey, Object... args) {
        return new ImportProblem(sheet, row, messageKey, List.of(args));
    }
}
