package org.xuefa.studymakeup;

import java.time.Instant;
import java.time.LocalDate;
import org.xuefa.study.AttendanceStatus;

/** One make-up task of a session as the organizer sees it, with how far the official has got. */
public record MakeupRow(Long taskId, long version, Long officialId, String name, String staffNumber, String unitName,
        AttendanceStatus reason, MakeupStatus status, LocalDate dueOn, boolean overdue, int lessonsRead,
        int lessonsTotal, int quizzesPassed, int quizzesTotal, Instant completedAt, String confirmation) {

    public boolean confirmOnly() {
        return lessonsTotal == 0;
    }
}
