package org.xuefa.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the app serves right now: the laws, the last good version of each course, and the problems of the latest
 * read. Immutable; a reload builds a new one.
 */
public record CourseLibrary(Map<String, Law> laws, Map<String, Course> courses, List<CourseStatus> statuses,
        List<CourseProblem> lawProblems, Instant loadedAt) {

    public CourseLibrary {
        laws = Map.copyOf(laws);
        courses = Map.copyOf(courses);
        statuses = List.copyOf(statuses);
        lawProblems = List.copyOf(lawProblems);
    }

    /** A question is flagged when it cites a law whose text is amended or repealed; it is kept out of exams. */
    public boolean isFlagged(Question question) {
        Law law = question.source() == null ? null : laws.get(question.source().lawId());
        return law == null || !law.isCurrent();
    }

    public Law law(String id) {
        return laws.get(id);
    }
}
