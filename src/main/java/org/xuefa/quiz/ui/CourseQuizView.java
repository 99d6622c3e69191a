package org.xuefa.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Notify;
import org.xuefa.quiz.CourseQuizzes;

/**
 * Entry to a course's end-of-course quiz: says what starting means and asks before it starts (or resumes) the
 * attempt, so that opening the link never starts the clock by itself.
 */
@Route("courses/:courseId/quiz")
@PermitAll
public class CourseQuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CourseQuizzes quizzes;

    public CourseQuizView(CourseQuizzes quizzes) {
        this.quizzes = quizzes;
        addClassName("xf-page");
    }

    public static String route(String courseId) {
        return "courses/" + courseId + "/quiz";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        if (!quizzes.offered(courseId)) {
            event.forwardTo("courses");
            return;
        }
        removeAll();
        Button start = new Button(getTranslation("quiz.start"));
        start.setId("quiz-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(e -> ExamStartView.confirmStart(getTranslation("quiz.confirm.title"),
                getTranslation("quiz.confirm.text"), () -> {
                    try {
                        Long attempt = quizzes.start(courseId);
                        getUI().ifPresent(ui -> ui.navigate(AttemptView.route(attempt)));
                    } catch (RuntimeException ex) {
                        Notify.failure(ex);
                    }
                }));
        add(new Anchor("courses/" + courseId, getTranslation("quiz.backToCourse")),
                new H1(getTranslation("quiz.title")), new Paragraph(getTranslation("quiz.intro")), start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.title") + " · 学法";
    }
}
