package org.xuefa.course;

import java.time.Instant;
import java.util.Comparator;
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

    /**
     * Every served question that cites an amended or repealed text (or an unknown law), with the version that
     * replaced it, ordered by course and position: what an administrator must rewrite.
     */
    public List<FlaggedQuestion> flaggedQuestions() {
        return courses.values().stream().sorted(Comparator.comparing(Course::id))
                .flatMap(c -> c.questions().stream().filter(this::isFlagged).map(q -> {
                    Law law = q.source() == null ? null : laws.get(q.source().lawId());
                    return new FlaggedQuestion(c.id(), c.titleZh(), q.id(), q.line(), q.examOnly(),
                            q.source() == null ? null : q.source().lawId(), law == null ? null : law.status(),
                            law == null ? null : law.replacedBy());
                }))
                .toList();
    }

    /** A question on outdated law: {@code status} and {@code replacedBy} are null when the law is unknown. */
    public record FlaggedQuestion(String courseId, String courseTitle, String questionId, int line,
            boolean examOnly, String lawId, LawStatus status, String replacedBy) {
    }

    public Law law(String id) {
        return laws.get(id);
    }
}
