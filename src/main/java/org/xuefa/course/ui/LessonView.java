package org.xuefa.course.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Notify;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseStudy;
import org.xuefa.course.Lesson;
import org.xuefa.course.LessonRenderer;
import org.xuefa.course.ProgressRecord;

/** Reads one lesson, safely rendered; moves lesson to lesson and records where the reader stopped. */
@Route("courses/:courseId/lesson/:lesson")
@PermitAll
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CourseCatalog catalog;
    private final CourseStudy study;
    private final LessonRenderer renderer;
    private String title = "";

    public LessonView(CourseCatalog catalog, CourseStudy study, LessonRenderer renderer) {
        this.catalog = catalog;
        this.study = study;
        this.renderer = renderer;
        addClassName("xf-page");
        addClassName("xf-reader");
    }

    public static String route(String courseId, int lesson) {
        return "courses/" + courseId + "/lesson/" + lesson;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        int number = event.getRouteParameters().getInteger("lesson").orElse(1);
        Course course = catalog.course(courseId).orElse(null);
        if (course == null || course.lesson(number).isEmpty()) {
            event.forwardTo(CatalogView.class);
            return;
        }
        Lesson lesson = study.open(courseId, number);
        show(course, lesson, study.progressIn(courseId));
    }

    private void show(Course course, Lesson lesson, ProgressRecord progress) {
        removeAll();
        title = lesson.title(getLocale());
        // breadcrumbs: the catalogue and the course's page, the way back from a lesson
        Span position = new Span(" · " + getTranslation("lesson.position", lesson.number(), course.lessons().size())
                + " · " + getTranslation("lesson.minutes", lesson.minutes()));
        position.addClassName("xf-muted");
        Nav crumb = new Nav(new RouterLink(getTranslation("catalog.title"), CatalogView.class), new Span(" › "),
                new Anchor(CourseView.route(course.id()), course.title(getLocale())), position);
        crumb.getElement().setAttribute("aria-label", getTranslation("a11y.breadcrumbs"));
        crumb.setId("lesson-crumbs");
        crumb.addClassName("xf-crumbs");
        ProgressBar bar = new ProgressBar(0, 1, progress.share());
        bar.getElement().setAttribute("aria-label", getTranslation("course.progress"));
        Div body = new Div(new Html("<div>" + renderer.toSafeHtml(lesson.markdown()) + "</div>"));
        body.setId("lesson-body");
        body.addClassName("xf-lesson");

        Button previous = new Button(getTranslation("lesson.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> go(course, lesson.number() - 1));
        previous.setId("lesson-previous");
        previous.setEnabled(lesson.number() > 1);
        boolean last = lesson.number() == course.lessons().size();
        boolean finished = progress.finishedLessons().contains(lesson.number());
        Button finish = new Button(getTranslation(last ? "lesson.finishCourse" : "lesson.finishNext"),
                VaadinIcon.CHECK.create());
        finish.setId("lesson-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.setDisableOnClick(true);
        finish.addClickListener(e -> {
            try {
                ProgressRecord after = study.finish(course.id(), lesson.number());
                if (last && after.completed()) {
                    Notify.success(getTranslation("lesson.courseCompleted",
                            after.creditedHours().stripTrailingZeros().toPlainString()));
                    getUI().ifPresent(ui -> ui.navigate(CourseView.route(course.id())));
                } else if (last && after.lessonsDone() && course.quiz() != null) {
                    Notify.success(getTranslation("lesson.takeQuiz"));
                    getUI().ifPresent(ui -> ui.navigate(CourseView.route(course.id())));
                } else if (last) {
                    Notify.success(getTranslation("lesson.lessonsLeft",
                            after.lessonCount() - after.finishedLessons().size()));
                    getUI().ifPresent(ui -> ui.navigate(CourseView.route(course.id())));
                } else {
                    Notify.success(getTranslation("lesson.completedNext", lesson.number()));
                    go(course, lesson.number() + 1);
                }
            } catch (RuntimeException ex) {
                Notify.failure(ex);
                finish.setEnabled(true);
            }
        });
        Button next = new Button(getTranslation("lesson.next"), VaadinIcon.ARROW_RIGHT.create(),
                e -> go(course, lesson.number() + 1));
        next.setId("lesson-next");
        next.setIconAfterText(true);
        next.setVisible(!last);
        Span done = new Span(finished ? getTranslation("lesson.finished") : "");
        done.addClassName("xf-ok");
        HorizontalLayout nav = new HorizontalLayout(previous, finish, next, done);
        nav.addClassName("xf-toolbar");
        // the lesson file starts with its own heading, so the view adds none
        add(crumb, bar, body, nav);
    }

    private void go(Course course, int number) {
        getUI().ifPresent(ui -> {
            ui.navigate(route(course.id(), number));
            // the next lesson opens at its top, not where the last one was left
            ui.getPage().executeJs("window.scrollTo(0, 0)");
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}
