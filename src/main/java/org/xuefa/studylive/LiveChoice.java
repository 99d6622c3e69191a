package org.xuefa.studylive;

/** One option of a live question: an opaque token and its text ("true"/"false" for a true-false question). */
public record LiveChoice(String token, String text) {
}
