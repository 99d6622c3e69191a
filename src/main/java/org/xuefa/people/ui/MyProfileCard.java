package org.xuefa.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.base.ui.Labels;
import org.xuefa.people.Officials;

/** The start page's "who I am": the signed-in official's unit, position and employment. */
@org.springframework.stereotype.Component
class MyProfileCard implements DashboardCard {
    private final Officials officials;

    MyProfileCard(Officials officials) {
        this.officials = officials;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        UI ui = UI.getCurrent();
        return officials.me().map(me -> {
            Span name = new Span(me.name());
            name.addClassName("xf-figure");
            Paragraph unit = new Paragraph(me.unitName() + (me.positionTitle() == null ? "" : " · " + me.positionTitle()));
            Paragraph terms = new Paragraph(Labels.of("employment", me.employmentType()) + " · "
                    + Labels.of("category", me.category()) + " · " + ui.getTranslation("official.staffNumber") + " "
                    + me.staffNumber());
            terms.addClassName("xf-muted");
            Card card = new Card(ui.getTranslation("dashboard.me"), name, unit, terms);
            card.setId("card-me");
            return card;
        });
    }
}
