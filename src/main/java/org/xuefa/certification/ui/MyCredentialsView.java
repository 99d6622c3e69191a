package org.xuefa.certification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.xuefa.certification.Credentials;

/** The signed-in official's own credentials, their history and any risk to next registration. */
@Route("my-credentials")
@Menu(title = "menu.myCredentials", order = 7, icon = "vaadin:diploma")
@PermitAll
public class MyCredentialsView extends VerticalLayout implements HasDynamicTitle {

    public MyCredentialsView(Credentials credentials) {
        addClassName("xf-page");
        add(new H1(getTranslation("credentials.mine")));
        credentials.myDetails().ifPresentOrElse(
                mine -> add(new CredentialHistory(mine, credentials.types())),
                () -> add(new Paragraph(getTranslation("credentials.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentials.mine") + " · 学法";
    }
}
