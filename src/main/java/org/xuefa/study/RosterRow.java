package org.xuefa.study;

import java.time.Instant;

/**
 * One invitee of a session with how they stand: {@code status} is null while unmarked. The leave fields are null
 * when they asked for none.
 */
public record RosterRow(Long officialId, String name, String staffNumber, String unitName, AttendanceStatus status,
        AttendanceSource source, Instant checkedInAt, String note, Long leaveId, LeaveStatus leaveStatus,
        String leaveReason, boolean invited) {
}
