package org.xuefa.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.certification.CredentialFilter;
import org.xuefa.certification.CredentialRegister;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/** For HR and leaders: how many credentials in scope expire soon, are suspended or expired (counted by the database). */
@org.springframework.stereotype.Component
class CredentialsCard implements DashboardCard {
    static final int EXPIRING_DAYS = 90;
    private final CredentialRegister register;
    private final CurrentUser currentUser;

    CredentialsCard(CredentialRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public Optional<Component> create() {
        boolean allowed = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.LEADER) || u.has(Role.ADMIN))
                .orElse(false);
        if (!allowed) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Map<CredentialStatus, Long> counts = register.countByStatus(CredentialFilter.all());
        long expiring = register.count(new CredentialFilter(null, null, EXPIRING_DAYS, null, null));
        Card card = new Card(ui.getTranslation("credentials.title"));
        card.setId("card-credentials");
        card.add(new Paragraph(ui.getTranslation("credentials.card.summary", EXPIRING_DAYS, expiring,
                counts.get(CredentialStatus.SUSPENDED), counts.get(CredentialStatus.EXPIRED))));
        card.add(new RouterLink(ui.getTranslation("dashboard.open"), CredentialRegisterView.class));
        return Optional.of(card);
    }
}
