package org.xuefa.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.security.AccountService;
import org.xuefa.security.AccountSummary;
import org.xuefa.security.OrgUnitDirectory;
import org.xuefa.security.OrgUnitDirectory.UnitChoice;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;

/** Creates an account or edits its name and scoped role grants. */
class AccountDialog extends Dialog {
    private final Set<RoleGrant> grants = new LinkedHashSet<>();
    private final Grid<RoleGrant> grantGrid = new Grid<>();

    AccountDialog(AccountService accounts, OrgUnitDirectory directory, AccountSummary existing, Runnable onSaved) {
        setId("account-dialog");
        setHeaderTitle(existing == null ? getTranslation("account.new") : existing.username());
        List<UnitChoice> units = directory.choices();
        TextField username = new TextField(getTranslation("account.username"));
        username.setId("account-username");
        TextField displayName = new TextField(getTranslation("account.displayName"));
        displayName.setId("account-display-name");
        PasswordField password = new PasswordField(getTranslation("account.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("profile.password.rule", accounts.minPasswordLength()) + " "
                + getTranslation("account.password.must-change"));
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            password.setVisible(false);
            grants.addAll(existing.grants());
        }
        add(new FormLayout(username, displayName, password));

        add(new H4(getTranslation("account.grants")));
        grantGrid.addColumn(g -> Labels.of("role", g.role())).setHeader(getTranslation("account.role"));
        grantGrid.addColumn(g -> g.orgUnitId() == null ? getTranslation("account.everywhere")
                : units.stream().filter(u -> u.id().equals(g.orgUnitId())).map(u -> u.label().strip()).findFirst()
                        .orElse("#" + g.orgUnitId())).setHeader(getTranslation("account.scope"));
        grantGrid.addComponentColumn(g -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                grants.remove(g);
                grantGrid.setItems(grants);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
        grantGrid.setAllRowsVisible(true);
        grantGrid.setItems(grants);
        Select<Role> role = new Select<>();
        role.setId("grant-role");
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> Labels.of("role", r));
        role.setValue(Role.CADRE);
        ComboBox<UnitChoice> unit = new ComboBox<>(getTranslation("account.scope"));
        unit.setId("grant-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitChoice::label);
        role.addValueChangeListener(e -> unit.setEnabled(e.getValue() != Role.ADMIN));
        Button addGrant = new Button(getTranslation("account.addGrant"), VaadinIcon.PLUS.create(), e -> {
            if (role.getValue() != Role.ADMIN && unit.getValue() == null) {
                Notify.error(getTranslation("account.error.unit-required"));
                return;
            }
            grants.add(new RoleGrant(role.getValue(), role.getValue() == Role.ADMIN ? null : unit.getValue().id()));
            grantGrid.setItems(grants);
        });
        addGrant.setId("grant-add");
        HorizontalLayout grantRow = new HorizontalLayout(role, unit, addGrant);
        grantRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        grantRow.setWrap(true);
        add(grantGrid, grantRow);

        Button save = new Button(getTranslation("action.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                if (existing == null) {
                    accounts.create(new AccountService.NewAccount(username.getValue(), displayName.getValue(),
                            password.getValue(), null, Set.copyOf(grants)));
                } else {
                    accounts.update(existing.id(), displayName.getValue(), existing.officialId(), Set.copyOf(grants),
                            existing.version());
                }
                Notify.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            });
            save.setEnabled(!ok);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(95vw, 42rem)");
    }
}
