package org.xuefa.course;

import java.math.BigDecimal;
import java.time.Instant;

/** One official's standing in one course, for organizers' and HR's completion report. */
public record CompletionRow(Long officialId, String officialName, String staffNumber, String unitName,
        String courseId, String courseTitle, int finishedLessons, int lessonCount, Instant startedAt,
        Instant completedAt, BigDecimal hours) {

    public boolean completed() {
        return completedAt != null;
    }
}
