package org.xuefa.studylive;

/** A live question is open for answers until the organizer reveals its distribution and key. */
public enum LiveRunStatus {
    OPEN, REVEALED
}
