package org.xuefa.certification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Labels;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialScans;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;

/** The signed-in official's own credentials and their status today. */
@Route("my-credentials")
@Menu(title = "menu.myCredentials", order = 7, icon = "vaadin:diploma")
@PermitAll
public class MyCredentialsView extends VerticalLayout implements HasDynamicTitle {

    public MyCredentialsView(Credentials credentials, CredentialScans scans) {
        addClassName("xf-page");
        add(new H2(getTranslation("credentials.mine")));
        Map<String, String> names = credentials.types().stream()
                .collect(Collectors.toMap(CredentialTypeRecord::code, t -> t.name(getLocale())));
        var mine = credentials.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("credentials.none")));
            return;
        }
        Grid<CredentialRecord> grid = new Grid<>();
        grid.setId("my-credentials-grid");
        grid.addColumn(r -> names.getOrDefault(r.typeCode(), r.typeCode())).setHeader(getTranslation("credential.type"))
                .setAutoWidth(true);
        grid.addColumn(CredentialRecord::number).setHeader(getTranslation("credential.number")).setAutoWidth(true);
        grid.addColumn(r -> Labels.date(r.issuedOn())).setHeader(getTranslation("credential.issuedOn"));
        grid.addColumn(r -> r.expiresOn() == null ? getTranslation("credential.noExpiry") : Labels.date(r.expiresOn()))
                .setHeader(getTranslation("credential.expiresOn"));
        grid.addColumn(r -> Labels.of("credentialStatus", r.status())).setHeader(getTranslation("credential.status"));
        java.util.Set<Long> scanned = scans.mineWithScans();
        grid.addComponentColumn(r -> {
            if (!scanned.contains(r.id())) {
                return new com.vaadin.flow.component.html.Span();
            }
            com.vaadin.flow.component.html.Anchor scan = new com.vaadin.flow.component.html.Anchor(
                    "/files/credentials/" + r.id(), getTranslation("credentialScan.download"));
            scan.setRouterIgnore(true);
            scan.getElement().setAttribute("download", true);
            return scan;
        }).setHeader(getTranslation("credentialScan.column")).setAutoWidth(true);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentials.mine") + " · 学法";
    }
}
