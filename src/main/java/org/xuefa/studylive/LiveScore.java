package org.xuefa.studylive;

import org.xuefa.study.AttendanceStatus;

/**
 * One attendee's live-quiz result for a session: how they attended, how many revealed questions they answered
 * and how many of those right. Accuracy only: when someone answered never counts.
 */
public record LiveScore(Long officialId, String name, String unitName, AttendanceStatus attendance, int answered,
        int correct, int asked) {
}
