package org.xuefa.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.RiskReason;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;

/** HR's register of credentials in scope: filter, add, record the year's registration, revoke, export. */
@Route("credentials")
@Menu(title = "menu.credentials", order = 32, icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.HR, Roles.LEADER, Roles.ADMIN})
public class CredentialRegisterView extends VerticalLayout implements HasDynamicTitle {
    private final Credentials credentials;
    private final Map<String, String> typeNames;
    private final Select<String> type = new Select<>();
    private final Select<CredentialStatus> status = new Select<>();
    private final IntegerField expiring = new IntegerField();
    private final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    final Grid<CredentialRecord> grid = new Grid<>();
    private final boolean canEdit;
    private final Clock clock;
    private Map<Long, List<RiskReason>> risks = Map.of();

    public CredentialRegisterView(Credentials credentials, Officials officials, CurrentUser currentUser, Clock clock,
            OrgUnits orgUnits) {
        this.credentials = credentials;
        this.clock = clock;
        this.canEdit = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.ADMIN)).orElse(false);
        List<CredentialTypeRecord> types = credentials.types();
        this.typeNames = types.stream().collect(Collectors.toMap(CredentialTypeRecord::code, t -> t.name(getLocale())));
        addClassName("xf-page");
        setSizeFull();
        type.setItems(types.stream().map(CredentialTypeRecord::code).toList());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.all"));
        type.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : typeNames.get(c));
        type.setPlaceholder(getTranslation("credential.type"));
        status.setItems(CredentialStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Labels.of("credentialStatus", s));
        status.setPlaceholder(getTranslation("credential.status"));
        expiring.setPlaceholder(getTranslation("credential.expiringWithin"));
        expiring.setClearButtonVisible(true);
        unit.setId("credentials-unit");
        unit.setPlaceholder(getTranslation("official.unit"));
        unit.setItems(orgUnits.visibleTree());
        unit.setItemLabelGenerator(u -> "　".repeat(u.depth()) + u.name());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        expiring.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("credential.new"), VaadinIcon.PLUS.create(),
                e -> CredentialDialogs.add(types, canEdit ? officials.allInScope(Role.HR) : List.of(), credentials,
                        this::refresh));
        add.setId("credential-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit);
        Anchor csv = new Anchor("/export/credentials.csv", getTranslation("staffing.export.csv"));
        csv.setRouterIgnore(true);
        Anchor xlsx = new Anchor("/export/credentials.xlsx", getTranslation("staffing.export.xlsx"));
        xlsx.setRouterIgnore(true);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("credentials.title")), unit, type,
                status, expiring, add, csv, xlsx);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            toolbar.add(new RouterLink(getTranslation("credentialImport.open"),
                    CredentialImportView.class));
        }
        add(toolbar);

        grid.setId("credentials-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> new RouterLink(r.holderName(), CredentialHolderView.class,
                new RouteParameters("officialId", String.valueOf(r.holderId()))))
                .setHeader(getTranslation("official.name")).setAutoWidth(true);
        grid.addColumn(CredentialRecord::holderUnit).setHeader(getTranslation("official.unit")).setAutoWidth(true);
        grid.addColumn(r -> typeNames.getOrDefault(r.typeCode(), r.typeCode())).setHeader(getTranslation("credential.type"));
        grid.addColumn(CredentialRecord::number).setHeader(getTranslation("credential.number")).setAutoWidth(true);
        grid.addColumn(CredentialRecord::fields).setHeader(getTranslation("credential.fields"));
        grid.addColumn(r -> Labels.date(r.issuedOn())).setHeader(getTranslation("credential.issuedOn"));
        grid.addColumn(r -> r.expiresOn() == null ? getTranslation("credential.noExpiry") : Labels.date(r.expiresOn()))
                .setHeader(getTranslation("credential.expiresOn"));
        grid.addColumn(r -> Labels.of("credentialStatus", r.status())).setHeader(getTranslation("credential.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var reasons = risks.getOrDefault(r.id(), List.of());
            Span risk = new Span(reasons.stream()
                    .map(reason -> getTranslation("credential.riskShort." + reason))
                    .collect(Collectors.joining("；")));
            risk.addClassName("xf-risk");
            return risk;
        }).setHeader(getTranslation("credential.risk")).setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(r -> {
                Button passed = new Button(getTranslation("credential.registered"),
                        e -> act(() -> credentials.recordRegistration(r.id(), LocalDate.now(clock).getYear(), true, null,
                                r.version())));
                Button failed = new Button(getTranslation("credential.failedRegistration"),
                        e -> CredentialDialogs.withReason("credential.failedRegistration", this::act, reason -> credentials.recordRegistration(r.id(),
                                LocalDate.now(clock).getYear(), false, reason, r.version())));
                Button renew = new Button(getTranslation("credential.renew"),
                        e -> CredentialDialogs.renew(r, LocalDate.now(clock), this::act, credentials));
                Button revoke = new Button(getTranslation("credential.revoke"),
                        e -> CredentialDialogs.withReason("credential.revoke", this::act, reason -> credentials.revoke(r.id(), reason, r.version())));
                for (Button b : new Button[] {passed, failed, renew, revoke}) {
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    b.setVisible(r.status() != CredentialStatus.REVOKED);
                }
                Button scan = new Button(getTranslation("credentialScan.action"),
                        e -> ScanDialog.open(r, this::refresh));
                scan.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return new HorizontalLayout(passed, failed, renew, revoke, scan);
            }).setAutoWidth(true);
        }
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        // the register of one scope is small (a town's credentials), and each status is computed for today, so it
        // is read in one query and filtered in memory
        List<CredentialRecord> rows = credentials.register(type.getValue(), status.getValue(), expiring.getValue(),
                unit.getValue() == null ? null : unit.getValue().id());
        risks = credentials.risks(rows);
        grid.setItems(rows);
    }

    private void act(Runnable action) {
        if (Notify.attempt(action)) {
            Notify.success(getTranslation("action.saved"));
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentials.title") + " · 学法";
    }
}
