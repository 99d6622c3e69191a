package org.xuefa.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.overview.LeadersOverview;
import org.xuefa.overview.OverviewFigures;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/** The leaders' start page: the overview's headline figures (exam, plan, hours), linking to the overview. */
@org.springframework.stereotype.Component
class OverviewCard implements DashboardCard {
    private final LeadersOverview overview;
    private final CurrentUser currentUser;
    private final Clock clock;

    OverviewCard(LeadersOverview overview, CurrentUser currentUser, Clock clock) {
        this.overview = overview;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.get().map(u -> u.has(Role.LEADER)).orElse(false)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        OverviewFigures f = overview.figures(LocalDate.now(clock).getYear());
        Card card = new Card(ui.getTranslation("overview.title"));
        card.setId("card-overview");
        if (f.exam() != null) {
            var t = f.exam().total();
            card.add(new Paragraph(ui.getTranslation("overview.exam.total", OverviewCharts.pct(t.participation()),
                    OverviewCharts.pct(t.passRate()), OverviewCharts.pct(t.excellence()))));
        }
        if (f.plan() != null && !f.plan().shortQuarters().isEmpty()) {
            card.add(new Paragraph(ui.getTranslation("overview.plan.shortfall", String.join(", ",
                    f.plan().shortQuarters().stream().map(q -> "Q" + q).toList()))));
        }
        if (!f.hours().isEmpty()) {
            var total = f.hours().get(f.hours().size() - 1);
            card.add(new Paragraph(ui.getTranslation("overview.hours.bar", total.people() - total.behind(),
                    total.people(), total.cannotMakeIt())));
        }
        card.add(new RouterLink(ui.getTranslation("dashboard.open"), OverviewView.class));
        return Optional.of(card);
    }
}
