package org.xuefa.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Notify;
import org.xuefa.quiz.CourseQuizzes;

/** Entry to a course's end-of-course quiz: starts or resumes the attempt and opens it. */
@Route("courses/:courseId/quiz")
@PermitAll
public class CourseQuizView extends Div implements BeforeEnterObserver {
    private final CourseQuizzes quizzes;

    public CourseQuizView(CourseQuizzes quizzes) {
        this.quizzes = quizzes;
    }

    public static String route(String courseId) {
        return "courses/" + courseId + "/quiz";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        try {
            Long attempt = quizzes.start(courseId);
            event.forwardTo(AttemptView.class, new RouteParameters("attemptId", String.valueOf(attempt)));
        } catch (RuntimeException e) {
            Notify.failure(e);
            event.forwardTo("courses");
        }
    }
}
