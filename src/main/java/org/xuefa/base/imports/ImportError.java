package org.xuefa.base.imports;

/**
 * The problems the framework itself reports. Each importer has its own key prefix, so the message key is
 * {@code <prefix>.<suffix>} (e.g. {@code import.error.invalid-date}) and an importer may word messages for its
 * readers; an importer's translations must cover every suffix. Cell problems take the column's label key as
 * their first argument.
 */
public enum ImportError {
    /** The file name: neither .xlsx nor .csv. */
    UNSUPPORTED_FILE("unsupported-file"),
    /** The limit in megabytes. */
    FILE_TOO_LARGE("file-too-large"),
    EMPTY_FILE("empty-file"),
    /** The file name: not a workbook, or a damaged one. */
    UNREADABLE_FILE("unreadable-file"),
    /** No sheet had a header this importer knows. */
    NO_HEADER("no-header"),
    /** The sheet name: its name and header match no table of the importer. */
    SHEET_NOT_RECOGNISED("sheet-not-recognised"),
    DUPLICATE_COLUMN("duplicate-column"),
    MISSING_COLUMN("missing-column"),
    /** The limit of data rows per sheet. */
    TOO_MANY_ROWS("too-many-rows"),
    REQUIRED("required"),
    /** Column, then the maximum length. */
    TOO_LONG("too-long"),
    /** Column, then the value as written (likewise for the invalid values below). */
    INVALID_CHOICE("invalid-choice"),
    INVALID_NUMBER("invalid-number"),
    NEGATIVE_NUMBER("negative-number"),
    INVALID_DECIMAL("invalid-decimal"),
    INVALID_DATE("invalid-date"),
    INVALID_BOOLEAN("invalid-boolean");

    private final String suffix;

    ImportError(String suffix) {
        this.suffix = suffix;
    }

    /** The message key under an importer's prefix, such as {@code "import.error"}. */
    public String key(String prefix) {
        return prefix + "." + suffix;
    }
}
