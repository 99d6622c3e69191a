package org.xuefa.course;

/** One answer option of a question, keyed A, B, C ... (or "true"/"false" for a true-false question). */
public record Option(String key, String text) {
}
