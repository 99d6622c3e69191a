package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.xuefa.base.ui.Labels;
import org.xuefa.people.AccountRollout;
import org.xuefa.people.AccountSlips;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.Establishment;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.AccountService;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;

/** Search officials within one's scope (lazy grid); HR adds and edits them. */
@Route("officials")
@Menu(title = "menu.officials", order = 20, icon = "vaadin:users")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class OfficialsView extends VerticalLayout implements HasDynamicTitle {
    private final Officials officials;
    private final Establishment establishment;
    private final List<OrgUnitRecord> units;
    private final boolean canEdit;
    private final TextField search = new TextField();
    private final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    private final Select<EmploymentType> employment = new Select<>();
    private final Select<Boolean> status = new Select<>();
    final Grid<OfficialRecord> grid = new Grid<>();

    private final AccountService accounts;
    private final boolean admin;
    private final OrgUnits orgUnits;
    private final AccountRollout rollout;
    private final AccountSlips slips;

    public OfficialsView(Officials officials, OrgUnits orgUnits, Establishment establishment, CurrentUser currentUser,
            AccountService accounts, AccountRollout rollout, AccountSlips slips) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.rollout = rollout;
        this.slips = slips;
        this.admin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        this.officials = officials;
        this.establishment = establishment;
        this.units = orgUnits.visibleTree();
        this.canEdit = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.ADMIN)).orElse(false);
        addClassName("xf-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("officials.search"));
        search.setId("officials-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("official.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "　".repeat(Math.max(0, u.depth())) + u.displayName(getLocale()));
        unit.setClearButtonVisible(true);
        employment.setPlaceholder(getTranslation("official.employmentType"));
        employment.setEmptySelectionAllowed(true);
        employment.setEmptySelectionCaption(getTranslation("filter.all"));
        employment.setItems(EmploymentType.values());
        employment.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : Labels.of("employment", t));
        status.setItems(Boolean.TRUE, Boolean.FALSE);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(b -> b == null ? getTranslation("filter.all")
                : getTranslation(b ? "official.active" : "official.left"));
        status.setValue(Boolean.TRUE);
        Button add = new Button(getTranslation("official.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("official-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit);
        Button accountsFor = new Button(getTranslation("rollout.open"), VaadinIcon.KEY.create(), e -> openRollout());
        accountsFor.setId("rollout-open");
        accountsFor.setVisible(canEdit);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("officials.title")), search, unit,
                employment, status, add, accountsFor);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        add(toolbar);

        grid.setId("officials-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OfficialRecord::name).setHeader(getTranslation("official.name")).setAutoWidth(true);
        grid.addColumn(OfficialRecord::staffNumber).setHeader(getTranslation("official.staffNumber")).setAutoWidth(true);
        grid.addColumn(OfficialRecord::unitName).setHeader(getTranslation("official.unit")).setAutoWidth(true);
        grid.addColumn(OfficialRecord::positionTitle).setHeader(getTranslation("official.position")).setAutoWidth(true);
        grid.addColumn(o -> Labels.of("category", o.category())).setHeader(getTranslation("official.category"));
        grid.addColumn(o -> Labels.of("employment", o.employmentType()))
                .setHeader(getTranslation("official.employmentType"));
        grid.addColumn(o -> getTranslation(o.active() ? "official.active" : "official.left"))
                .setHeader(getTranslation("official.status"));
        grid.setItems(q -> officials.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) officials.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
        setFlexGrow(1, grid);

        search.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        employment.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
    }

    OfficialFilter filter() {
        return new OfficialFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                employment.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    void open(OfficialRecord official) {
        var assignments = official == null ? null : establishment.assignmentsOfOfficial(official.id());
        OfficialDialog dialog = new OfficialDialog(officials, official, units, canEdit, assignments,
                admin ? accounts.list(null, 0, 2000) : List.of());
        dialog.addSavedListener(e -> refresh());
        dialog.open();
    }

    /** Accounts for everyone of a unit (the filter's unit, if HR may edit it) who has none. */
    AccountRolloutDialog openRollout() {
        List<OrgUnitRecord> editable = orgUnits.editableTree();
        OrgUnitRecord chosen = unit.getValue() == null ? null
                : editable.stream().filter(u -> u.id().equals(unit.getValue().id())).findFirst().orElse(null);
        AccountRolloutDialog dialog = new AccountRolloutDialog(rollout, slips, editable, chosen);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("officials.title") + " · 学法";
    }
}
