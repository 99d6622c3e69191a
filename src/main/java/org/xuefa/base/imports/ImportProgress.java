package org.xuefa.base.imports;

/** Told how far reading a file has come, so that a screen can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (processed, total) -> {
    };

    /** {@code processed} data rows of about {@code total} (an estimate until the end, when both are equal). */
    void rows(int processed, int total);

    /** After reading and checking: {@code written} rows of {@code total} stored so far. */
    default void written(int written, int total) {
    }
}
