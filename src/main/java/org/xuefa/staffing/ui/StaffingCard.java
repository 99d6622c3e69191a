package org.xuefa.staffing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.staffing.StaffingGapReport;

/** For HR and leaders: the worst staffing gaps in their scope, in the town's own words, and how many more. */
@org.springframework.stereotype.Component
class StaffingCard implements DashboardCard {
    /** Gap sentences on the card before "and N more". */
    static final int SENTENCES = 3;
    private final StaffingGapReport report;
    private final CurrentUser currentUser;
    private final Messages messages;

    StaffingCard(StaffingGapReport report, CurrentUser currentUser, Messages messages) {
        this.report = report;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create() {
        boolean allowed = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.LEADER) || u.has(Role.ADMIN))
                .orElse(false);
        if (!allowed) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        List<String> sentences = StaffingGapReport.sentences(report.summary(null, report.date(), SENTENCES),
                messages, ui.getLocale());
        Card card = new Card(ui.getTranslation("staffing.title"));
        card.setId("card-staffing");
        if (sentences.isEmpty()) {
            card.add(new Paragraph(ui.getTranslation("staffing.noGaps")));
        }
        sentences.forEach(s -> card.add(new Paragraph(s)));
        card.add(new RouterLink(ui.getTranslation("dashboard.open"), StaffingView.class));
        return Optional.of(card);
    }
}
