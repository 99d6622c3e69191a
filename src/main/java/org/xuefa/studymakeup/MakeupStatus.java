package org.xuefa.studymakeup;

/**
 * A make-up task is open until it is done; it is cancelled when the organizer corrects the mark to present or
 * late after closing (and opens again if the mark goes back to absent or excused).
 */
public enum MakeupStatus {
    OPEN, DONE, CANCELLED
}
