package org.xuefa.study;

/** What recorded an attendance: the invitee's check-in, the organizer by hand, approved leave, or closing. */
public enum AttendanceSource {
    CHECK_IN, MANUAL, LEAVE, CLOSE
}
