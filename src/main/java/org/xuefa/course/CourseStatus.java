package org.xuefa.course;

import java.util.List;

/**
 * How one course folder stands after the latest read: {@code served} when a version of it is available, and
 * {@code stale} when that version is an older good one because the files now have errors.
 */
public record CourseStatus(String id, String title, boolean served, boolean stale, int lessons, int questions,
        int flaggedQuestions, List<CourseProblem> problems) {

    public CourseStatus {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(CourseProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
