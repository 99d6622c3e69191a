package org.xuefa.course;

import java.time.Instant;

/** Published whenever an official marks a lesson finished (again or for the first time), after it is saved. */
public record LessonFinished(Long officialId, String courseId, int lesson, Instant at) {
}
