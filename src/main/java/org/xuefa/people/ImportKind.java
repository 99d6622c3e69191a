package org.xuefa.people;

/** The three rosters HR keeps, in the order an import applies them (a file may create a unit and its people). */
public enum ImportKind {
    UNITS, POSTS, OFFICIALS
}
