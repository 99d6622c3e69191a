package org.xuefa.studyreport;

import java.util.List;
import org.xuefa.study.AttendanceStatus;

/**
 * The rules behind the attendance figures. Attendance rate = (present + late) / (invited − excused): approved leave
 * is neither held for nor against anyone; with nobody left to count the rate is undefined (null). A run of
 * unexcused absences is broken only by attending; an excused session between two absences neither breaks nor
 * lengthens it.
 */
final class AttendanceMath {
    private AttendanceMath() {
    }

    static Double rate(int present, int late, int invited, int excused) {
        int counted = invited - excused;
        return counted <= 0 ? null : (present + late) / (double) counted;
    }

    /** The longest run of consecutive absences without leave, over statuses in the order of the sessions. */
    static int longestUnexcusedRun(List<AttendanceStatus> chronological) {
        int run = 0;
        int longest = 0;
        for (AttendanceStatus s : chronological) {
            if (s == AttendanceStatus.ABSENT) {
                longest = Math.max(longest, ++run);
            } else if (s.attended()) {
                run = 0;
            }
        }
        return longest;
    }
}
