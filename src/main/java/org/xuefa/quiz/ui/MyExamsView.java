package org.xuefa.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.Times;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.MyExam;

/** The exams the signed-in official must or may sit, with attempts left and the result that counts. */
@Route("exams")
@Menu(title = "menu.exams", order = 6, icon = "vaadin:clipboard-check")
@PermitAll
public class MyExamsView extends VerticalLayout implements HasDynamicTitle {

    public MyExamsView(ExamTaking taking) {
        addClassName("xf-page");
        add(new H1(getTranslation("exams.title")));
        Div cards = new Div();
        cards.addClassName("xf-cards");
        var list = taking.myExams();
        list.forEach(e -> cards.add(card(e)));
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("exams.none")));
        }
        add(cards);
    }

    private Card card(MyExam e) {
        var s = e.exam().settings();
        Span window = new Span(getTranslation("exams.window", Times.dateTime(s.opensAt()), Times.dateTime(e.closesAt())));
        window.addClassName("xf-muted");
        Paragraph facts = new Paragraph(getTranslation("exams.facts", s.timeLimitMinutes(),
                e.exam().maxScore().stripTrailingZeros().toPlainString(), s.bands().pass()));
        // one status: an attempt under way says so, not "not taken yet" beside "resume"
        Paragraph state = new Paragraph(e.attemptInProgress() != null ? getTranslation("exams.inProgress")
                : e.counted() != null
                ? getTranslation("exams.counted", e.counted().score().stripTrailingZeros().toPlainString(),
                        getTranslation("band." + e.counted().band()))
                : getTranslation(e.open() ? "exams.notYet" : "exams.closed"));
        state.setId("exam-state-" + e.exam().id());
        Card card = new Card(e.exam().title(), window, facts, state);
        card.setId("exam-" + e.exam().id());
        if (e.makeupWindow()) {
            Span makeup = new Span(getTranslation("exams.makeup"));
            makeup.addClassName("xf-gap");
            card.add(makeup);
        }
        if (e.counted() != null) {
            // the result and, while the exam allows it, the review stay reachable after leaving the result page
            RouterLink result = new RouterLink(getTranslation(e.reviewOpen() ? "exams.viewResult" : "exams.viewScore"),
                    ResultView.class,
                    ResultView.params(e.counted().id()));
            result.setId("exam-result-" + e.exam().id());
            card.add(new Paragraph(result));
        }
        if (e.canStart()) {
            Button go = new Button(getTranslation(e.attemptInProgress() != null ? "exams.resume" : "exams.open"),
                    ev -> getUI().ifPresent(ui -> ui.navigate(ExamStartView.route(e.exam().id()))));
            go.setId("exam-open-" + e.exam().id());
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(go);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exams.title") + " · 学法";
    }
}
