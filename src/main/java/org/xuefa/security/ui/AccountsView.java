package org.xuefa.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.security.AccountService;
import org.xuefa.security.AccountSummary;
import org.xuefa.security.OrgUnitDirectory;
import org.xuefa.security.Roles;

/** Administrators create, disable and grant accounts. */
@Route("admin/accounts")
@Menu(title = "menu.accounts", order = 90, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public AccountsView(AccountService accounts, OrgUnitDirectory directory) {
        addClassName("xf-page");
        setSizeFull();
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("account.new"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(accounts, directory, null, this::refresh).open());
        add.setId("account-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("accounts.title")), search, add);
        toolbar.addClassName("xf-toolbar");
        add(toolbar);

        grid.setId("accounts-grid");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.displayName")).setAutoWidth(true);
        grid.addColumn(a -> a.grants().stream().map(g -> Labels.of("role", g.role()))
                .distinct().sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("account.grants"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.status"));
        grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("action.edit"),
                    e -> new AccountDialog(accounts, directory, a, this::refresh).open());
            Button toggle = new Button(getTranslation(a.enabled() ? "account.disable" : "account.enable"), e -> {
                if (Notify.attempt(() -> accounts.setEnabled(a.id(), !a.enabled(), a.version()))) {
                    refresh();
                }
            });
            toggle.setId("account-toggle-" + a.username());
            Button reset = new Button(getTranslation("account.resetPassword"), e -> resetPassword(accounts, a));
            for (Button b : new Button[] {edit, toggle, reset}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            return new HorizontalLayout(edit, toggle, reset);
        }).setAutoWidth(true);
        grid.setItems(q -> accounts.list(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) accounts.count(search.getValue()));
        add(grid);
        setFlexGrow(1, grid);
    }

    private void resetPassword(AccountService accounts, AccountSummary account) {
        PasswordField password = new PasswordField(getTranslation("profile.password.new"));
        password.setHelperText(getTranslation("profile.password.rule", accounts.minPasswordLength()) + " "
                + getTranslation("account.password.must-change"));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("account.resetPassword") + " · " + account.username());
        dialog.add(password);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.save"));
        dialog.addConfirmListener(e -> {
            if (Notify.attempt(() -> accounts.resetPassword(account.id(), password.getValue()))) {
                Notify.success(getTranslation("action.saved"));
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · 学法";
    }
}
