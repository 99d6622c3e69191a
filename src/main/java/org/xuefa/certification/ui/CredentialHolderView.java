package org.xuefa.certification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.HolderCredentials;

/**
 * A person's page: every credential they hold or held and its history. HR, leaders and administrators open it for
 * people in their scope; anyone else is told it is not theirs to see (the service refuses it too).
 */
@Route("credentials/person/:officialId")
@PermitAll
public class CredentialHolderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final Credentials credentials;
    private String title = "";

    public CredentialHolderView(Credentials credentials) {
        this.credentials = credentials;
        addClassName("xf-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long id = event.getRouteParameters().getLong("officialId").orElse(-1L);
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
                new CredentialHistory(holder, credentials.types()));
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}
