package org.xuefa.course;

import java.util.List;

/**
 * How one course folder stands after the latest read: {@code served} when a version of it is available, and
 * {@code stale} when that version is an older good one because the files now have errors. {@code questions} counts
 * the whole bank, {@code reserveQuestions} its exam-only part.
 */
public record CourseStatus(String id, String title, boolean served, boolean stale, int lessons, int questions,
        int reserveQuestions, int flaggedQuestions, List<CourseProblem> problems) {

    public CourseStatus {
        problems = List.copyOf(problems);
    }

    public int practiceQuestions() {
        return questions - reserveQuestions;
    }

    public long errors() {
        return problems.stream().filter(CourseProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
