package org.xuefa.quiz;

/** An attempt is in progress until submitted (by the taker or at the deadline); an organizer may void it. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, VOIDED
}
