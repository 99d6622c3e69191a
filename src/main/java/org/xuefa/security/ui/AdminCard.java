package org.xuefa.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.security.AccountService;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/** For administrators: how many accounts exist, with the way to manage them. */
@org.springframework.stereotype.Component
class AdminCard implements DashboardCard {
    private final AccountService accounts;
    private final CurrentUser currentUser;

    AdminCard(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Span count = new Span(String.valueOf(accounts.count(null)));
        count.addClassName("xf-figure");
        Card card = new Card(ui.getTranslation("accounts.title"), count,
                new Paragraph(ui.getTranslation("dashboard.accounts")),
                new RouterLink(ui.getTranslation("dashboard.open"), AccountsView.class));
        card.setId("card-admin");
        return Optional.of(card);
    }
}
