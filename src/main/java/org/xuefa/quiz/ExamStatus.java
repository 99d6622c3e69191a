package org.xuefa.quiz;

/** A draft is invisible to takers; a published exam can be taken inside its window. */
public enum ExamStatus {
    DRAFT, PUBLISHED
}
