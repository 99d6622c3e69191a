package org.xuefa.certification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.base.ui.Notify;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.HolderCredentials;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/**
 * A person's page, where HR works on a person: every credential they hold or held, its history and the actions that
 * apply to it (HR and administrators). HR, leaders and administrators open it for people in their scope; anyone else
 * is told it is not theirs to see (the service refuses it too).
 */
@Route("credentials/person/:officialId")
@PermitAll
public class CredentialHolderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final Credentials credentials;
    private final Clock clock;
    private final boolean canEdit;
    private String title = "";
    private Long officialId;

    public CredentialHolderView(Credentials credentials, CurrentUser currentUser, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        this.canEdit = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.ADMIN)).orElse(false);
        addClassName("xf-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        officialId = event.getRouteParameters().getLong("officialId").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        Long id = officialId;
        HolderCredentials holder;
        try {
            holder = credentials.holder(id);
        } catch (AccessDeniedException e) {
            title = getTranslation("error.forbidden");
            Paragraph denied = new Paragraph(getTranslation("credentials.person.denied"));
            denied.setId("credentials-denied");
            add(new H1(title), denied);
            return;
        }
        title = getTranslation("credentials.person.title", holder.name());
        add(new H1(title), new Paragraph(holder.unitName() + " · " + holder.staffNumber()),
                new CredentialHistory(holder, credentials.types(), canEdit ? (c, type) -> CredentialActions.menu(c,
                        type, credentials, clock, this::act, this::render) : null));
    }

    private void act(Runnable action) {
        if (Notify.attempt(action)) {
            Notify.success(getTranslation("action.saved"));
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}
