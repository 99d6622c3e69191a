package org.xuefa.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Card;
import org.xuefa.course.CourseStudy;
import org.xuefa.course.CourseStudy.CourseCard;
import org.xuefa.course.ProgressRecord;

/** The courses meant for the signed-in official, with hours and progress. */
@Route("courses")
@Menu(title = "menu.courses", order = 5, icon = "vaadin:book")
@PermitAll
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    public CatalogView(CourseStudy study) {
        addClassName("xf-page");
        add(new H2(getTranslation("catalog.title")));
        Div cards = new Div();
        cards.addClassName("xf-cards");
        cards.setId("course-cards");
        var list = study.myCatalogue();
        list.forEach(c -> cards.add(card(c)));
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.empty")));
        }
        add(cards);
    }

    private Card card(CourseCard c) {
        ProgressRecord p = c.progress();
        Paragraph summary = new Paragraph(c.course().summary(getLocale()));
        Span meta = new Span(getTranslation("catalog.meta", c.course().lessons().size(), c.course().minutes(),
                c.hours().stripTrailingZeros().toPlainString()));
        meta.addClassName("xf-muted");
        ProgressBar bar = new ProgressBar(0, 1, p.share());
        boolean quizPending = c.course().quiz() != null && p.lessonsDone() && !p.quizPassed();
        Span state = new Span(p.completed() ? getTranslation("catalog.completed",
                p.creditedHours().stripTrailingZeros().toPlainString())
                : quizPending ? getTranslation("catalog.quizPending")
                : p.started() ? getTranslation("catalog.inProgress", (int) Math.round(p.share() * 100))
                        : getTranslation("catalog.notStarted"));
        state.addClassName(p.completed() ? "xf-ok" : "xf-muted");
        state.setId("course-state-" + c.course().id());
        String action = p.completed() ? "catalog.review" : p.started() ? "catalog.continue" : "catalog.start";
        int lesson = p.started() ? Math.min(p.lastLesson(), c.course().lessons().size()) : 1;
        Button read = new Button(getTranslation(action), e -> getUI().ifPresent(
                ui -> ui.navigate(LessonView.route(c.course().id(), lesson))));
        read.setId("course-read-" + c.course().id());
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button practice = new Button(getTranslation("catalog.practice"), e -> getUI().ifPresent(
                ui -> ui.navigate(PracticeView.route(c.course().id()))));
        practice.setId("course-practice-" + c.course().id());
        HorizontalLayout actions = new HorizontalLayout(read, practice);
        if (c.course().quiz() != null) {
            // the quiz lives in the exam module; the route keeps the modules apart
            Button quiz = new Button(getTranslation(p.quizPassed() ? "catalog.quizPassed" : "catalog.quiz"),
                    e -> getUI().ifPresent(ui -> ui.navigate("courses/" + c.course().id() + "/quiz")));
            quiz.setId("course-quiz-" + c.course().id());
            if (quizPending) {
                quiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                read.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(quiz);
        }
        actions.setWrap(true);
        Card card = new Card(c.course().title(getLocale()), summary, meta, bar, state, actions);
        card.setId("course-" + c.course().id());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " · 学法";
    }
}
