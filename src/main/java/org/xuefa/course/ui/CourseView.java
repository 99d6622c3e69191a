package org.xuefa.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.xuefa.course.Course;
import org.xuefa.course.CourseStudy;
import org.xuefa.course.CourseStudy.CourseCard;
import org.xuefa.course.Lesson;
import org.xuefa.course.ProgressRecord;

/**
 * A course's own page: its summary, progress, table of contents (each lesson marked when finished) and the ways
 * on (continue reading, practice, the quiz). The catalogue and every lesson link back here.
 */
@Route("courses/:courseId")
@PermitAll
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CourseStudy study;
    private String title = "";

    public CourseView(CourseStudy study) {
        this.study = study;
        addClassName("xf-page");
        addClassName("xf-reader");
    }

    public static String route(String courseId) {
        return "courses/" + courseId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        CourseCard card = study.myCatalogue().stream().filter(c -> c.course().id().equals(courseId)).findFirst()
                .orElse(null);
        if (card == null) {
            event.forwardTo(CatalogView.class);
            return;
        }
        show(card);
    }

    private void show(CourseCard c) {
        removeAll();
        Course course = c.course();
        ProgressRecord p = c.progress();
        title = course.title(getLocale());
        Nav crumbs = new Nav(new RouterLink(getTranslation("catalog.title"), CatalogView.class),
                new Span(" › " + title));
        crumbs.getElement().setAttribute("aria-label", getTranslation("a11y.breadcrumbs"));
        crumbs.addClassName("xf-crumbs");
        ProgressBar bar = new ProgressBar(0, 1, p.share());
        bar.setId("course-progress");
        String state = p.completed() ? getTranslation("catalog.completed",
                p.creditedHours().stripTrailingZeros().toPlainString())
                : course.quiz() != null && p.lessonsDone() && !p.quizPassed() ? getTranslation("catalog.quizPending")
                : p.started() ? getTranslation("catalog.inProgress", (int) Math.round(p.share() * 100))
                : getTranslation("catalog.notStarted");
        bar.getElement().setAttribute("aria-label", getTranslation("course.progress"));
        Span stateLabel = new Span(state);
        stateLabel.setId("course-state");
        stateLabel.addClassName(p.completed() ? "xf-ok" : "xf-muted");

        OrderedList lessons = new OrderedList();
        lessons.setId("course-lessons");
        lessons.addClassName("xf-toc");
        for (Lesson l : course.lessons()) {
            boolean done = p.finishedLessons().contains(l.number());
            Anchor link = new Anchor(LessonView.route(course.id(), l.number()), l.title(getLocale()));
            Span mark = new Span(done ? " ✓ " + getTranslation("lesson.finished")
                    : " · " + getTranslation("lesson.minutes", l.minutes()));
            mark.addClassName(done ? "xf-ok" : "xf-muted");
            lessons.add(new ListItem(link, mark));
        }
        int next = course.lessons().stream().map(Lesson::number)
                .filter(n -> !p.finishedLessons().contains(n)).findFirst().orElse(1);
        Button read = new Button(getTranslation(p.completed() ? "catalog.review" : p.started() ? "catalog.continue"
                : "catalog.start"), e -> getUI().ifPresent(ui -> ui.navigate(LessonView.route(course.id(), next))));
        read.setId("course-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button practice = new Button(getTranslation("catalog.practice"),
                e -> getUI().ifPresent(ui -> ui.navigate(PracticeView.route(course.id()))));
        practice.setId("course-practice");
        HorizontalLayout actions = new HorizontalLayout(read, practice);
        actions.setWrap(true);
        if (course.quiz() != null) {
            // the quiz lives in the exam module; the route keeps the modules apart
            Button quiz = new Button(getTranslation(p.quizPassed() ? "catalog.quizPassed" : "catalog.quiz"),
                    e -> getUI().ifPresent(ui -> ui.navigate("courses/" + course.id() + "/quiz")));
            quiz.setId("course-quiz");
            actions.add(quiz);
        }
        add(crumbs, new H1(title), new Paragraph(course.summary(getLocale())), bar, stateLabel, actions,
                new H2(getTranslation("course.contents")), lessons);
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}
