package org.xuefa.quiz;

/** What a taker may review: nothing but the score, the paper right after submitting, or after the exam closes. */
public enum ReviewPolicy {
    NONE, AFTER_SUBMIT, AFTER_CLOSE
}
