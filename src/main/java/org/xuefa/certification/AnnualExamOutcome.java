package org.xuefa.certification;

/**
 * Where an official stands with this year's annual law exam: passed; failed so far (no pass yet); missed (every
 * annual exam of the year they were to sit has closed without an attempt); or pending (not taken, still to come).
 */
public enum AnnualExamOutcome {
    PASSED, FAILED, MISSED, PENDING
}
