package org.xuefa.hours.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.hours.CreditRecord;
import org.xuefa.hours.StudyHours;
import org.xuefa.security.CurrentUser;

/** The start page's count of this year's study hours, with the latest credits. */
@org.springframework.stereotype.Component
class HoursCard implements DashboardCard {
    private final StudyHours hours;
    private final CurrentUser currentUser;

    HoursCard(StudyHours hours, CurrentUser currentUser) {
        this.hours = hours;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().map(u -> u.officialId() == null).orElse(true)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var credits = hours.myCreditsThisYear();
        Span total = new Span(hours.myHoursThisYear().stripTrailingZeros().toPlainString());
        total.addClassName("xf-figure");
        total.setId("hours-total");
        Card card = new Card(ui.getTranslation("dashboard.hours"), total,
                new Paragraph(ui.getTranslation("dashboard.hours.unit")));
        card.setId("card-hours");
        for (CreditRecord c : credits.stream().limit(3).toList()) {
            Paragraph line = new Paragraph(c.title() + " · " + c.hours().stripTrailingZeros().toPlainString());
            line.addClassName("xf-muted");
            card.add(line);
        }
        return Optional.of(card);
    }
}
