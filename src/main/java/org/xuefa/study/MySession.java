package org.xuefa.study;

/**
 * A session the signed-in official is invited to, with their own standing: attendance (null while unmarked),
 * leave (null when none asked), whether they may still ask for leave, and whether check-in is open now.
 */
public record MySession(SessionRecord session, AttendanceStatus attendance, LeaveRecord leave, boolean canAskLeave,
        boolean checkInOpen) {
}
