package org.xuefa.certification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;

/**
 * HR's actions on one credential as a compact menu, offering only what applies to its type and state: the year's
 * registration (年审) only for a type with annual registration and a credential neither expired nor revoked; renewal
 * and revocation unless revoked; the scan always. Shared by the register's rows and the person page.
 */
final class CredentialActions {
    private CredentialActions() {
    }

    /** {@code act} runs a service call and reports it; {@code onChange} refreshes the caller after the scan dialog. */
    static MenuBar menu(CredentialRecord r, CredentialTypeRecord type, Credentials credentials, Clock clock,
            Consumer<Runnable> act, Runnable onChange) {
        UI ui = UI.getCurrent();
        MenuBar bar = new MenuBar();
        bar.setId("credential-actions-" + r.id());
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        root.setAriaLabel(ui.getTranslation("credential.actions"));
        root.getElement().setAttribute("title", ui.getTranslation("credential.actions"));
        SubMenu menu = root.getSubMenu();
        LocalDate today = LocalDate.now(clock);
        if (registrable(r, type)) {
            menu.addItem(ui.getTranslation("credential.registered"), e -> act.accept(
                    () -> credentials.recordRegistration(r.id(), today.getYear(), true, null, r.version())))
                    .setId("credential-registered-" + r.id());
            menu.addItem(ui.getTranslation("credential.failedRegistration"), e -> CredentialDialogs.withReason(
                    "credential.failedRegistration", act, reason -> credentials.recordRegistration(r.id(),
                            today.getYear(), false, reason, r.version()))).setId("credential-failed-" + r.id());
        }
        if (r.status() != CredentialStatus.REVOKED) {
            menu.addItem(ui.getTranslation("credential.renew"),
                    e -> CredentialDialogs.renew(r, today, act, credentials)).setId("credential-renew-" + r.id());
            menu.addItem(ui.getTranslation("credential.revoke"), e -> CredentialDialogs.withReason("credential.revoke",
                    act, reason -> credentials.revoke(r.id(), reason, r.version())))
                    .setId("credential-revoke-" + r.id());
        }
        menu.addItem(ui.getTranslation("credentialScan.action"), e -> ScanDialog.open(r, onChange))
                .setId("credential-scan-action-" + r.id());
        return bar;
    }

    /** Whether the year's registration may be recorded: the type has one, and the credential is still in force. */
    static boolean registrable(CredentialRecord r, CredentialTypeRecord type) {
        return type != null && type.annualRegistration() && r.status() != CredentialStatus.EXPIRED
                && r.status() != CredentialStatus.REVOKED;
    }
}
