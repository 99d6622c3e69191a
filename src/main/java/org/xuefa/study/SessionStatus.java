package org.xuefa.study;

/** A session is scheduled until it is closed (held, attendance final) or cancelled. */
public enum SessionStatus {
    SCHEDULED, CLOSED, CANCELLED
}
