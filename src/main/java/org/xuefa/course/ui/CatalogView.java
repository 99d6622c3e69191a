package org.xuefa.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.xuefa.base.ui.Card;
import org.xuefa.course.CourseGroup;
import org.xuefa.course.CourseStudy;
import org.xuefa.course.CourseStudy.CourseCard;
import org.xuefa.course.ProgressRecord;

/** The courses meant for the signed-in official, in sections by group with a filter, with hours and progress. */
@Route("courses")
@Menu(title = "menu.courses", order = 5, icon = "vaadin:book")
@PermitAll
public class CatalogView extends VerticalLayout implements HasDynamicTitle {
    final Select<CourseGroup> groupFilter = new Select<>();
    private final Div sections = new Div();
    private final List<CourseCard> list;

    public CatalogView(CourseStudy study) {
        addClassName("xf-page");
        list = study.myCatalogue();
        groupFilter.setId("course-group-filter");
        groupFilter.setLabel(getTranslation("catalog.filter.group"));
        groupFilter.setEmptySelectionAllowed(true);
        groupFilter.setEmptySelectionCaption(getTranslation("catalog.filter.all"));
        groupFilter.setItems(Arrays.stream(CourseGroup.values())
                .filter(g -> list.stream().anyMatch(c -> c.course().group() == g)).toList());
        groupFilter.setItemLabelGenerator(g -> g == null ? getTranslation("catalog.filter.all")
                : getTranslation("courseGroup." + g.name()));
        groupFilter.addValueChangeListener(e -> show(e.getValue()));
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("catalog.title")), groupFilter);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        sections.setId("course-cards");
        sections.setWidthFull();
        add(toolbar, sections);
        show(null);
    }

    /** One section per group in catalogue order, or only the chosen group's. */
    private void show(CourseGroup only) {
        sections.removeAll();
        if (list.isEmpty()) {
            sections.add(new Paragraph(getTranslation("catalog.empty")));
            return;
        }
        for (CourseGroup g : CourseGroup.values()) {
            List<CourseCard> inGroup = list.stream().filter(c -> c.course().group() == g).toList();
            if (inGroup.isEmpty() || (only != null && only != g)) {
                continue;
            }
            H3 heading = new H3(getTranslation("courseGroup." + g.name()));
            Div cards = new Div();
            cards.addClassName("xf-cards");
            cards.setId("course-group-" + g.code());
            inGroup.forEach(c -> cards.add(card(c)));
            sections.add(heading, cards);
        }
    }

    private Card card(CourseCard c) {
        ProgressRecord p = c.progress();
        Paragraph summary = new Paragraph(c.course().summary(getLocale()));
        Span meta = new Span(getTranslation("catalog.meta", c.course().lessons().size(), c.course().minutes(),
                c.hours().stripTrailingZeros().toPlainString()));
        meta.addClassName("xf-muted");
        ProgressBar bar = new ProgressBar(0, 1, p.share());
        bar.getElement().setAttribute("aria-label", getTranslation("course.progressOf", c.course().title(getLocale())));
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
        Anchor details = new Anchor(CourseView.route(c.course().id()), getTranslation("catalog.details"));
        details.setId("course-page-" + c.course().id());
        actions.add(details);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
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
