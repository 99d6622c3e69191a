package org.xuefa.course;

import java.math.BigDecimal;
import java.time.Instant;

/** Published once when an official finishes every lesson of a course; the hours ledger credits it. */
public record CourseCompleted(Long officialId, String courseId, String courseTitle, BigDecimal hours,
        Instant completedAt) {
}
