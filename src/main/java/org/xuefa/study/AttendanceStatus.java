package org.xuefa.study;

/** How an invitee stands for one session. Present and late attended; excused had leave approved. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
