package org.xuefa.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** An official's progress in one course. */
public record ProgressRecord(String courseId, Long officialId, int lastLesson, Set<Integer> finishedLessons,
        int lessonCount, Instant startedAt, Instant completedAt, BigDecimal creditedHours, Instant quizPassedAt) {

    public static ProgressRecord none(String courseId, int lessonCount) {
        return new ProgressRecord(courseId, null, 1, Set.of(), lessonCount, null, null, null, null);
    }

    public boolean quizPassed() {
        return quizPassedAt != null;
    }

    public boolean lessonsDone() {
        return lessonCount > 0 && finishedLessons.stream().filter(n -> n <= lessonCount).count() == lessonCount;
    }

    public boolean completed() {
        return completedAt != null;
    }

    public boolean started() {
        return startedAt != null;
    }

    /** Finished lessons that still exist, as a share from 0 to 1. */
    public double share() {
        if (lessonCount == 0) {
            return 0;
        }
        return Math.min(1.0, finishedLessons.stream().filter(n -> n <= lessonCount).count() / (double) lessonCount);
    }
}
