package org.xuefa.hours;

/** Where a credit in the ledger comes from. */
public enum CreditSource {
    COURSE, QUIZ, SESSION, EXTERNAL
}
