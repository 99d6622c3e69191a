package org.xuefa.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.xuefa.base.ui.AwaitingDecision;
import org.xuefa.base.ui.AwaitingDecision.Pending;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.study.OrganizerInbox;
import org.xuefa.study.PendingLeave;
import org.xuefa.study.SessionLeave;

/**
 * The organizer's start page: how many leave requests await a decision, the first few decided right here, and the
 * other kinds of things awaiting the organizer ({@link AwaitingDecision}) with a count and a link to each.
 */
@org.springframework.stereotype.Component
class InboxCard implements DashboardCard {
    private static final int SHOWN = 5;
    private final OrganizerInbox inbox;
    private final SessionLeave leave;
    private final CurrentUser currentUser;
    private final List<AwaitingDecision> others;

    InboxCard(OrganizerInbox inbox, SessionLeave leave, CurrentUser currentUser, List<AwaitingDecision> others) {
        this.others = others;
        this.inbox = inbox;
        this.leave = leave;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.get().map(u -> u.has(Role.ORGANIZER)).orElse(false)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("study.inbox.card"));
        card.setId("card-inbox");
        fill(card, ui);
        return Optional.of(card);
    }

    private void fill(Card card, UI ui) {
        card.getChildren().skip(1).toList().forEach(card::remove);
        long count = inbox.count();
        Paragraph total = new Paragraph(ui.getTranslation("study.inbox.count", count));
        total.setId("card-inbox-count");
        card.add(total);
        for (PendingLeave p : inbox.pending(0, SHOWN)) {
            card.add(LeaveDecisions.row(p, leave, () -> fill(card, ui)));
        }
        List<Pending> more = AwaitingList.pending(others, SHOWN);
        more.forEach(p -> card.add(AwaitingList.of(p, "card-awaiting-")));
        if (count > 0 || !more.isEmpty()) {
            card.add(new Paragraph(new RouterLink(ui.getTranslation("study.inbox.all"), InboxView.class)));
        }
    }
}
