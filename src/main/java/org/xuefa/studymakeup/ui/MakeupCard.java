package org.xuefa.studymakeup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.base.ui.Labels;
import org.xuefa.studymakeup.MakeupItem;
import org.xuefa.studymakeup.MakeupTasks;

/** The start page's make-up study: how many tasks are open, the nearest due date, and any overdue. */
@org.springframework.stereotype.Component
class MakeupCard implements DashboardCard {
    private final MakeupTasks tasks;

    MakeupCard(MakeupTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public int order() {
        return 13;
    }

    @Override
    public Optional<Component> create() {
        var open = tasks.mine().stream().filter(MakeupItem::open).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("dashboard.makeup"));
        card.setId("card-makeup");
        Span figure = new Span(String.valueOf(open.size()));
        figure.addClassName("xf-figure");
        card.add(figure, new Paragraph(ui.getTranslation("dashboard.makeup.open")));
        MakeupItem next = open.stream().min(Comparator.comparing(MakeupItem::dueOn)).orElseThrow();
        card.add(new Paragraph(ui.getTranslation("dashboard.makeup.next", next.session().title(),
                Labels.date(next.dueOn()))));
        long overdue = open.stream().filter(MakeupItem::overdue).count();
        if (overdue > 0) {
            Paragraph late = new Paragraph(ui.getTranslation("dashboard.makeup.overdue", overdue));
            late.addClassName("xf-gap");
            card.add(late);
        }
        card.add(new RouterLink(ui.getTranslation("dashboard.open"), MyMakeupView.class));
        return Optional.of(card);
    }
}
