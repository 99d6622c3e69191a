package org.xuefa.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
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
import org.xuefa.certification.CredentialRegister;
import org.xuefa.certification.CredentialSort;
import org.xuefa.certification.CredentialSort.Key;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.RegisterEntry;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;

/**
 * HR's register of credentials in scope: a lazy grid paged, sorted and filtered by the database
 * ({@link CredentialRegister}), add, record the year's registration, revoke, renew, scans, and the exports of what
 * the filters show.
 */
@Route("credentials")
@Menu(title = "menu.credentials", order = 32, icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.HR, Roles.LEADER, Roles.ADMIN})
public class CredentialRegisterView extends VerticalLayout implements HasDynamicTitle {
    private final Credentials credentials;
    private final CredentialRegister register;
    private final Map<String, String> typeNames;
    private final RegisterFilters filters;
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    final Grid<RegisterEntry> grid = new Grid<>();
    private final boolean canEdit;
    private final Clock clock;

    public CredentialRegisterView(Credentials credentials, CredentialRegister register, Officials officials,
            CurrentUser currentUser, Clock clock, OrgUnits orgUnits) {
        this.credentials = credentials;
        this.register = register;
        this.clock = clock;
        this.canEdit = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.ADMIN)).orElse(false);
        List<CredentialTypeRecord> types = credentials.types();
        this.typeNames = types.stream().collect(Collectors.toMap(CredentialTypeRecord::code, t -> t.name(getLocale())));
        addClassName("xf-page");
        setSizeFull();
        filters = new RegisterFilters(orgUnits.visibleTree(), types.stream().map(CredentialTypeRecord::code).toList(),
                typeNames, this::refresh);
        Button add = new Button(getTranslation("credential.new"), VaadinIcon.PLUS.create(),
                e -> CredentialDialogs.add(types, officials, credentials, this::refresh));
        add.setId("credential-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit);
        csv.setText(getTranslation("staffing.export.csv"));
        csv.setId("credentials-csv");
        csv.setRouterIgnore(true);
        xlsx.setText(getTranslation("staffing.export.xlsx"));
        xlsx.setId("credentials-xlsx");
        xlsx.setRouterIgnore(true);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("credentials.title")), filters, add, csv,
                xlsx);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (canEdit) {
            toolbar.add(new RouterLink(getTranslation("credentialImport.open"),
                    CredentialImportView.class));
        }
        add(toolbar);

        grid.setId("credentials-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.addComponentColumn(e -> new RouterLink(e.credential().holderName(), CredentialHolderView.class,
                new RouteParameters("officialId", String.valueOf(e.credential().holderId()))))
                .setHeader(getTranslation("official.name")).setAutoWidth(true).setSortProperty(Key.NAME.name());
        grid.addColumn(e -> e.credential().holderUnit()).setHeader(getTranslation("official.unit")).setAutoWidth(true)
                .setSortProperty(Key.UNIT.name());
        grid.addColumn(e -> typeNames.getOrDefault(e.credential().typeCode(), e.credential().typeCode()))
                .setHeader(getTranslation("credential.type")).setSortProperty(Key.TYPE.name());
        grid.addColumn(e -> e.credential().number()).setHeader(getTranslation("credential.number")).setAutoWidth(true)
                .setSortProperty(Key.NUMBER.name());
        grid.addColumn(e -> e.credential().fields()).setHeader(getTranslation("credential.fields"));
        grid.addColumn(e -> Labels.date(e.credential().issuedOn())).setHeader(getTranslation("credential.issuedOn"))
                .setSortProperty(Key.ISSUED.name());
        grid.addColumn(e -> e.credential().expiresOn() == null ? getTranslation("credential.noExpiry")
                : Labels.date(e.credential().expiresOn())).setHeader(getTranslation("credential.expiresOn"))
                .setSortProperty(Key.EXPIRES.name());
        grid.addColumn(e -> Labels.of("credentialStatus", e.credential().status()))
                .setHeader(getTranslation("credential.status")).setAutoWidth(true).setSortProperty(Key.STATUS.name());
        grid.addComponentColumn(e -> {
            Span risk = new Span(e.risks().stream().map(reason -> getTranslation("credential.riskShort." + reason))
                    .collect(Collectors.joining("；")));
            risk.addClassName("xf-risk");
            return risk;
        }).setHeader(getTranslation("credential.risk")).setAutoWidth(true);
        if (canEdit) {
            Map<String, CredentialTypeRecord> byCode = types.stream()
                    .collect(Collectors.toMap(CredentialTypeRecord::code, t -> t));
            grid.addComponentColumn(e -> CredentialActions.menu(e.credential(), byCode.get(e.credential().typeCode()), credentials, clock,
                    this::act, this::refresh)).setHeader(getTranslation("credential.actions")).setAutoWidth(true)
                    .setFlexGrow(0).setKey("actions");
        }
        grid.setItems(query -> register.page(filters.filter(), sort(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> (int) Math.min(Integer.MAX_VALUE, register.count(filters.filter())));
        add(grid);
        setFlexGrow(1, grid);
        links();
    }


    private static CredentialSort sort(List<QuerySortOrder> orders) {
        return orders.isEmpty() ? CredentialSort.byUnit() : new CredentialSort(Key.valueOf(orders.get(0).getSorted()),
                orders.get(0).getDirection() == SortDirection.DESCENDING);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        links();
    }

    /** The export links carry the filters, so a download holds what the screen shows. */
    private void links() {
        String query = RegisterFilters.query(filters.filter());
        csv.setHref("/export/credentials.csv" + query);
        xlsx.setHref("/export/credentials.xlsx" + query);
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
