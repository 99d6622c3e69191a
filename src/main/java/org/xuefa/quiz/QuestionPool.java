package org.xuefa.quiz;

import org.xuefa.course.Question;

/**
 * Which questions of the course banks an exam draws from: the practice banks and the exam-only reserves (the
 * default for exams), the reserves only (questions no taker can have rehearsed), or the practice banks only (course
 * quizzes, which must never show a reserve question).
 */
public enum QuestionPool {
    PRACTICE_AND_RESERVE, RESERVE_ONLY, PRACTICE_ONLY;

    /** The pool an exam of this kind gets when none is set: course quizzes never touch the reserve. */
    public static QuestionPool defaultFor(ExamKind kind) {
        return kind == ExamKind.COURSE_QUIZ ? PRACTICE_ONLY : PRACTICE_AND_RESERVE;
    }

    boolean admits(Question q) {
        return switch (this) {
            case PRACTICE_AND_RESERVE -> true;
            case RESERVE_ONLY -> q.examOnly();
            case PRACTICE_ONLY -> !q.examOnly();
        };
    }
}
