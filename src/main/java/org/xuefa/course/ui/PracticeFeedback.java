package org.xuefa.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Law;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

/**
 * What practice says after an answer has been submitted and graded: right or wrong, the right answer, its
 * explanation and the law and article it tests. Nothing of the answer is in the page before that.
 */
class PracticeFeedback extends Div {

    PracticeFeedback() {
        setId("practice-feedback");
    }

    void choose() {
        setText(getTranslation("practice.choose"));
    }

    void show(CourseLibrary library, Question q, boolean right, boolean retry) {
        removeAll();
        Span verdict = new Span(getTranslation(right ? "practice.right" : "practice.wrong"));
        verdict.setId("practice-verdict");
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
        add(verdict);
        if (!right || retry) {
            Span list = new Span(" · " + getTranslation(right ? "practice.missed.removed" : "practice.missed.added"));
            list.addClassName("xf-muted");
            add(list);
        }
        add(key, explanation, source);
        if (library.isFlagged(q)) {
            Paragraph flagged = new Paragraph(getTranslation("practice.flagged"));
            flagged.addClassName("xf-gap");
            add(flagged);
        }
    }
}
