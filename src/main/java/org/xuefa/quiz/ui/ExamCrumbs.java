package org.xuefa.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * The way back from an exam's pages: 学法考试 (My exams) › the exam; for a course quiz, 课程学习 › the course › the
 * quiz.
 */
class ExamCrumbs extends Nav {

    ExamCrumbs(String title, String courseId) {
        if (courseId == null) {
            RouterLink exams = new RouterLink(getTranslation("exams.title"), MyExamsView.class);
            exams.setId("exam-crumb-back");
            add(exams);
        } else {
            Anchor course = new Anchor("courses/" + courseId, getTranslation("quiz.backToCourse"));
            course.setId("exam-crumb-back");
            add(new Anchor("courses", getTranslation("catalog.title")), new Span(" › "), course);
        }
        add(new Span(" › " + title));
        getElement().setAttribute("aria-label", getTranslation("a11y.breadcrumbs"));
        addClassName("xf-crumbs");
    }
}
