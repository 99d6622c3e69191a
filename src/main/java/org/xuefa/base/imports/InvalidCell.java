package org.xuefa.base.imports;

/**
 * Thrown by a {@link CellParser} for a cell it refuses: either one of the framework's {@link ImportError}s (the
 * column is added as first argument) or an importer's own message key with its arguments. Cheap: no stack trace.
 */
public final class InvalidCell extends RuntimeException {
    private final transient ImportError error;
    private final String messageKey;
    private final transient Object[] args;

    private InvalidCell(ImportError error, String messageKey, Object[] args) {
        super(messageKey != null ? messageKey : error.name(), null, false, false);
        this.error = error;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** One of the framework's problems; the arguments follow the column's label key. */
    public static InvalidCell of(ImportError error, Object... args) {
        return new InvalidCell(error, null, args);
    }

    /** An importer's own message, such as an entity's rule; the column is not added. */
    public static InvalidCell message(String messageKey, Object... args) {
        return new InvalidCell(null, messageKey, args);
    }

    ImportProblem problem(String sheet, int row, String prefix, Column<?> column) {
        if (error == null) {
            return ImportProblem.of(sheet, row, messageKey, args);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = column.labelKey();
        System.arraycopy(args, 0, all, 1, args.length);
        return ImportProblem.of(sheet, row, error.key(prefix), all);
    }
}
