package org.xuefa.course;

import java.time.Instant;

/** Published by the exam engine when an official passes a course's end-of-course quiz. */
public record CourseQuizPassed(Long officialId, String courseId, Instant at) {
}
