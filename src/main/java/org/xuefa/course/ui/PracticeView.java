package org.xuefa.course.ui;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Law;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

/**
 * Practice: questions drawn from a course's practice bank (never its exam-only reserve) in random order; after each answer the right answer, its
 * explanation and the law and article it tests. Nothing is recorded.
 */
@Route("courses/:courseId/practice")
@PermitAll
public class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CourseCatalog catalog;
    private final Div area = new Div();
    private Course course;
    private CourseLibrary library;
    private List<Question> order = List.of();
    private int index;
    private int answered;
    private int correct;

    public PracticeView(CourseCatalog catalog) {
        this.catalog = catalog;
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
        List<Question> shuffled = new ArrayList<>(course.practiceQuestions());
        Collections.shuffle(shuffled);
        order = shuffled;
        index = 0;
        removeAll();
        add(new H1(getTranslation("practice.title", course.title(getLocale()))), area);
        showQuestion();
    }

    /** Shows the question at the current position; tests may set the order. */
    void useOrder(List<Question> questions) {
        this.order = List.copyOf(questions);
        this.index = 0;
        showQuestion();
    }

    private void showQuestion() {
        area.removeAll();
        if (order.isEmpty()) {
            area.add(new Paragraph(getTranslation("practice.empty")));
            return;
        }
        Question q = order.get(index % order.size());
        Span position = new Span(getTranslation("practice.position", index % order.size() + 1, order.size(),
                getTranslation("questionType." + q.type().name())) + " · "
                + getTranslation("practice.score", correct, answered));
        position.addClassName("xf-muted");
        H3 stem = new H3(q.stem());
        stem.setId("practice-stem");
        area.add(position, stem);
        Set<String>[] chosen = new Set[] {Set.of()};
        if (q.type() == QuestionType.MULTIPLE) {
            CheckboxGroup<Option> box = new CheckboxGroup<>();
            box.setId("practice-choices");
            box.setItems(q.choices());
            box.setItemLabelGenerator(o -> o.key() + ". " + o.text());
            box.addThemeName("vertical");
            box.addValueChangeListener(e -> chosen[0] = e.getValue().stream().map(Option::key).collect(Collectors.toSet()));
            area.add(box);
        } else {
            RadioButtonGroup<Option> radio = new RadioButtonGroup<>();
            radio.setId("practice-choices");
            radio.setItems(q.choices());
            radio.setItemLabelGenerator(o -> q.type() == QuestionType.TRUEFALSE
                    ? getTranslation("practice." + o.key()) : o.key() + ". " + o.text());
            radio.addThemeName("vertical");
            radio.addValueChangeListener(e -> chosen[0] = e.getValue() == null ? Set.of() : Set.of(e.getValue().key()));
            area.add(radio);
        }
        Div feedback = new Div();
        feedback.setId("practice-feedback");
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
                feedback.setText(getTranslation("practice.choose"));
                return;
            }
            boolean right = q.isCorrect(chosen[0]);
            answered++;
            if (right) {
                correct++;
            }
            check.setVisible(false);
            next.setVisible(true);
            position.setText(getTranslation("practice.position", index % order.size() + 1, order.size(),
                    getTranslation("questionType." + q.type().name())) + " · "
                    + getTranslation("practice.score", correct, answered));
            area.getChildren().filter(c -> c.getId().orElse("").equals("practice-choices"))
                    .forEach(c -> ((HasEnabled) c).setEnabled(false));
            showFeedback(feedback, q, right);
        });
        area.add(feedback, new HorizontalLayout(check, next));
    }

    private void showFeedback(Div feedback, Question q, boolean right) {
        feedback.removeAll();
        Span verdict = new Span(getTranslation(right ? "practice.right" : "practice.wrong"));
        verdict.addClassName(right ? "xf-ok" : "xf-gap");
        String answer = q.type() == QuestionType.TRUEFALSE
                ? getTranslation("practice." + q.answer().iterator().next())
                : q.answer().stream().sorted().collect(Collectors.joining(", "));
        Paragraph key = new Paragraph(getTranslation("practice.answer", answer));
        Paragraph explanation = new Paragraph(q.explanation());
        Law law = library.law(q.source().lawId());
        Paragraph source = new Paragraph(getTranslation("practice.source",
                law == null ? q.source().lawId() : law.title(getLocale()), q.source().article()));
        source.setId("practice-source");
        source.addClassName("xf-muted");
        feedback.add(verdict, key, explanation, source);
        if (library.isFlagged(q)) {
            Paragraph flagged = new Paragraph(getTranslation("practice.flagged"));
            flagged.addClassName("xf-gap");
            feedback.add(flagged);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.title", course == null ? "" : course.title(getLocale())) + " · 学法";
    }
}
