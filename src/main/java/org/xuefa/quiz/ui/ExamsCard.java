package org.xuefa.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.MyExam;

/** The start page's exams: those open now, with a way in. */
@org.springframework.stereotype.Component
class ExamsCard implements DashboardCard {
    private final ExamTaking taking;

    ExamsCard(ExamTaking taking) {
        this.taking = taking;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Optional<Component> create() {
        var open = taking.myExams().stream().filter(MyExam::canStart).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("dashboard.exams"),
                new Paragraph(ui.getTranslation("dashboard.exams.open", open.size())));
        card.setId("card-exams");
        open.stream().limit(3).forEach(e -> card.add(new Paragraph(new RouterLink(e.exam().title(), ExamStartView.class,
                new RouteParameters("examId", String.valueOf(e.exam().id()))))));
        return Optional.of(card);
    }
}
