package org.xuefa.studylive.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.xuefa.course.QuestionType;
import org.xuefa.studylive.LiveChoice;
import org.xuefa.studylive.LiveQuestion;

/**
 * A live question as the room sees it: number, type, stem and options; while open, how many have answered;
 * after the reveal, a bar per option with its count, the right option(s) marked, and the explanation. Drawn
 * with plain styled divs, no chart library.
 */
class LiveQuestionPanel extends Composite<Div> {

    LiveQuestionPanel() {
        getContent().addClassName("xf-live-question");
        getContent().setId("live-question");
    }

    void showNothing(String message) {
        Div c = getContent();
        c.removeAll();
        Paragraph p = new Paragraph(message);
        p.setId("live-idle");
        p.addClassName("xf-live-idle");
        c.add(p);
    }

    void show(LiveQuestion q) {
        Div c = getContent();
        c.removeAll();
        Span position = new Span(getTranslation("live.position", q.position(),
                getTranslation("questionType." + q.type().name())));
        position.addClassName("xf-muted");
        H3 stem = new H3(q.stem());
        stem.setId("live-board-stem");
        stem.addClassName("xf-live-stem");
        c.add(position, stem);
        int total = q.revealed() ? q.counts().stream().mapToInt(Integer::intValue).sum() : 0;
        List<LiveChoice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            LiveChoice choice = choices.get(i);
            Div row = new Div();
            row.addClassName("xf-live-option");
            Span label = new Span(label(q.type(), i, choice));
            label.addClassName("xf-live-option-text");
            row.add(label);
            if (q.revealed()) {
                int n = q.counts().get(i);
                boolean right = q.correctTokens().contains(choice.token());
                Div bar = new Div();
                bar.addClassName("xf-live-bar");
                Div fill = new Div();
                fill.addClassName("xf-live-fill");
                fill.getStyle().set("width", (total == 0 ? 0 : Math.round(100.0 * n / total)) + "%");
                bar.add(fill);
                Span count = new Span(getTranslation("live.count", n));
                count.addClassName("xf-live-count");
                row.add(bar, count);
                if (right) {
                    row.addClassName("xf-live-right");
                    Span mark = new Span(getTranslation("live.rightAnswer"));
                    mark.addClassName("xf-live-right-mark");
                    row.add(mark);
                }
            }
            c.add(row);
        }
        Span answered = new Span(getTranslation("live.answered", q.answered(), q.eligible()));
        answered.setId("live-answered");
        answered.addClassName("xf-live-answered");
        c.add(answered);
        if (q.revealed() && q.explanation() != null) {
            Paragraph why = new Paragraph(q.explanation());
            why.setId("live-explanation");
            why.addClassName("xf-live-explanation");
            c.add(why);
        }
    }

    /** "A. text"; true-false options read 正确/错误. */
    static String label(QuestionType type, int index, LiveChoice choice) {
        if (type == QuestionType.TRUEFALSE) {
            return UI.getCurrent().getTranslation("practice." + choice.text());
        }
        return (char) ('A' + index) + ". " + choice.text();
    }
}
