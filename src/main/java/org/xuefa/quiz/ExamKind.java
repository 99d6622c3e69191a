package org.xuefa.quiz;

/** The annual law exam, a qualification exam, or a course's end-of-course quiz. */
public enum ExamKind {
    ANNUAL, QUALIFICATION, COURSE_QUIZ
}
