package org.xuefa.quiz;

/** Which of several attempts counts: the highest score (default) or the latest. */
public enum Counting {
    HIGHEST, LATEST
}
