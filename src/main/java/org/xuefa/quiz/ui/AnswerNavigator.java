package org.xuefa.quiz.ui;

import com.vaadin.flow.component.html.Div;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.List;
import java.util.function.IntConsumer;
import org.xuefa.quiz.TakerPaper;

/**
 * The numbered buttons of an exam paper, answered ones marked. It is one element whose buttons are plain HTML:
 * re-rendering 80 components on every answer was most of the CPU, traffic and memory of a taker's session (see
 * docs/benchmarks.md). A click on a number asks the view to show that question.
 */
class AnswerNavigator extends Div {
    private int size;

    AnswerNavigator(IntConsumer show) {
        setId("exam-navigator");
        addClassName("xf-navigator");
        getElement().addEventListener("click", e -> {
            JsonValue q = e.getEventData().get("event.target.dataset.q");
            if (q != null && q.getType() == JsonType.STRING) {
                int index = Integer.parseInt(q.asString());
                if (index >= 0 && index < size) {
                    show.accept(index);
                }
            }
        }).addEventData("event.target.dataset.q");
    }

    void render(List<TakerPaper.Item> items, int current) {
        size = items.size();
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            boolean answered = items.get(i).answered();
            html.append("<button type=\"button\" class=\"xf-q").append(answered ? " xf-q-done" : "")
                    .append(i == current ? " xf-q-current" : "").append("\" data-q=\"").append(i)
                    .append("\" aria-label=\"").append(getTranslation(answered ? "attempt.answeredN"
                            : "attempt.unansweredN", i + 1)).append(i == current ? "\" aria-current=\"step" : "")
                    .append("\">").append(i + 1).append("</button>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }
}
