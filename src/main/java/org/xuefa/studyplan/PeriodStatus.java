package org.xuefa.studyplan;

/** How a quarter or a year stands against the plan. SHORT: it is over and fewer sessions were held than planned. */
public enum PeriodStatus {
    /** nothing is planned for it */
    NONE,
    /** it has not begun */
    FUTURE,
    /** it is under way and not yet met */
    OPEN,
    MET,
    SHORT
}
