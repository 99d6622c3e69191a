package org.xuefa.certification;

/** Why next annual registration is at risk. */
public enum RiskReason {
    /** Hours so far this year are behind the pace the year's requirement needs. */
    HOURS_BEHIND,
    /** The annual law exam was failed and not (yet) passed. */
    EXAM_FAILED,
    /** Every annual law exam of the year closed without an attempt. */
    EXAM_MISSED
}
