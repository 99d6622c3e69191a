package org.xuefa.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Option;
import org.xuefa.course.PracticeMisses;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

/**
 * Practice: questions drawn from a course's practice bank (never its exam-only reserve) in random order; after each
 * answer, graded on the server, whether it was right, the right answer, its explanation and the law and article it
 * tests. Wrong answers go on the official's list of missed questions, which {@code ?missed} retries: a question
 * leaves the list when answered right there.
 */
@Route("courses/:courseId/practice")
@PermitAll
public class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String MISSED = "missed";
    private final CourseCatalog catalog;
    private final PracticeMisses misses;
    private final Div area = new Div();
    private Course course;
    private CourseLibrary library;
    private boolean retry;
    private List<Question> order = List.of();
    private int index;
    private int answered;
    private int correct;

    public PracticeView(CourseCatalog catalog, PracticeMisses misses) {
        this.catalog = catalog;
        this.misses = misses;
        addClassName("xf-page");
        area.setId("practice-area");
        area.setWidthFull();
    }

    public static String route(String courseId) {
        return "courses/" + courseId + "/practice";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        library = catalog.library();
        course = catalog.course(event.getRouteParameters().get("courseId").orElse("")).orElse(null);
        if (course == null) {
            event.forwardTo(CatalogView.class);
            return;
        }
        retry = event.getLocation().getQueryParameters().getParameters().containsKey(MISSED);
        List<Question> shuffled = new ArrayList<>(retry ? misses.missed(course.id()) : course.practiceQuestions());
        Collections.shuffle(shuffled);
        order = shuffled;
        index = 0;
        removeAll();
        Nav crumbs = new Nav(new RouterLink(getTranslation("catalog.title"), CatalogView.class), new Span(" › "),
                new Anchor(CourseView.route(course.id()), course.title(getLocale())));
        crumbs.getElement().setAttribute("aria-label", getTranslation("a11y.breadcrumbs"));
        crumbs.addClassName("xf-crumbs");
        add(crumbs, new H1(getTranslation(retry ? "practice.missed.title" : "practice.title",
                course.title(getLocale()))), modeLink(), area);
        showQuestion();
    }

    /** In practice, the way to the missed questions (when there are any); in a retry, the way back to practice. */
    private Anchor modeLink() {
        int missed = retry ? 0 : misses.missed(course.id()).size();
        Anchor link = retry ? new Anchor(route(course.id()), getTranslation("practice.missed.back"))
                : new Anchor(route(course.id()) + "?" + MISSED, getTranslation("practice.missed.link", missed));
        link.setId("practice-mode");
        link.setVisible(retry || missed > 0);
        return link;
    }

    /** Shows the question at the current position; tests may set the order. */
    void useOrder(List<Question> questions) {
        this.order = List.copyOf(questions);
        this.index = 0;
        showQuestion();
    }

    private void showQuestion() {
        area.removeAll();
        if (retry && index >= order.size()) {
            // a round of the retry is over: go on with what is still missed
            order = new ArrayList<>(misses.missed(course.id()));
            index = 0;
        }
        if (order.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(retry ? "practice.missed.none" : "practice.empty"));
            empty.setId("practice-empty");
            area.add(empty);
            return;
        }
        Question q = order.get(index % order.size());
        Span position = new Span();
        position.addClassName("xf-muted");
        H3 stem = new H3(q.stem());
        stem.setId("practice-stem");
        area.add(position, stem);
        showPosition(position, q);
        Set<String>[] chosen = new Set[] {Set.of()};
        HasEnabled choices;
        if (q.type() == QuestionType.MULTIPLE) {
            CheckboxGroup<Option> box = new CheckboxGroup<>();
            box.setItems(q.choices());
            box.setItemLabelGenerator(o -> o.key() + ". " + o.text());
            box.addValueChangeListener(e -> chosen[0] = e.getValue().stream().map(Option::key).collect(Collectors.toSet()));
            choices = box;
        } else {
            RadioButtonGroup<Option> radio = new RadioButtonGroup<>();
            radio.setItems(q.choices());
            radio.setItemLabelGenerator(o -> q.type() == QuestionType.TRUEFALSE
                    ? getTranslation("practice." + o.key()) : o.key() + ". " + o.text());
            radio.addValueChangeListener(e -> chosen[0] = e.getValue() == null ? Set.of() : Set.of(e.getValue().key()));
            choices = radio;
        }
        Component field = (Component) choices;
        field.setId("practice-choices");
        field.getElement().getThemeList().add("vertical");
        area.add(field);
        PracticeFeedback feedback = new PracticeFeedback();
        Button check = new Button(getTranslation("practice.check"));
        check.setId("practice-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button next = new Button(getTranslation("practice.next"), e -> {
            index++;
            showQuestion();
        });
        next.setId("practice-next");
        next.setVisible(false);
        check.addClickListener(e -> {
            if (chosen[0].isEmpty()) {
                feedback.choose();
                return;
            }
            boolean right = misses.answer(course.id(), q.id(), chosen[0], retry);
            answered++;
            if (right) {
                correct++;
            }
            check.setVisible(false);
            next.setVisible(true);
            showPosition(position, q);
            choices.setEnabled(false);
            feedback.show(library, q, right, retry);
        });
        area.add(feedback, new HorizontalLayout(check, next));
    }

    private void showPosition(Span position, Question q) {
        position.setText(getTranslation("practice.position", index % order.size() + 1, order.size(),
                getTranslation("questionType." + q.type().name())) + " · "
                + getTranslation("practice.score", correct, answered));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(retry ? "practice.missed.title" : "practice.title",
                course == null ? "" : course.title(getLocale())) + " · 学法";
    }
}
