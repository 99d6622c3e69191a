package org.xuefa.certification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.NewCredential;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;

/** The dialogs of HR's work on credentials (add, renew, an action with a reason), shared by the screens that offer it. */
final class CredentialDialogs {
    private CredentialDialogs() {
    }

    /** Asks for a reason, then runs the action with it through {@code act}. */
    static void withReason(String titleKey, Consumer<Runnable> act, Consumer<String> action) {
        UI ui = UI.getCurrent();
        TextField reason = new TextField(ui.getTranslation("credential.reason"));
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation(titleKey));
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation("action.save"));
        dialog.addConfirmListener(e -> act.accept(() -> action.accept(reason.getValue())));
        dialog.open();
    }

    /** Asks for the new number and issue date, then renews the credential through {@code act}. */
    static void renew(CredentialRecord r, LocalDate today, Consumer<Runnable> act, Credentials credentials) {
        UI ui = UI.getCurrent();
        TextField number = new TextField(ui.getTranslation("credential.newNumber"));
        DatePicker issued = Localized.datePicker(ui.getTranslation("credential.issuedOn"), today);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("credential.renew") + " · " + r.holderName());
        dialog.add(new FormLayout(number, issued));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation("action.save"));
        dialog.addConfirmListener(e -> act.accept(() -> credentials.renew(r.id(), number.getValue(), issued.getValue(),
                r.version())));
        dialog.open();
    }

    /**
     * The dialog that records a credential someone holds; {@code saved} runs after it is stored. The holder is
     * searched by what is typed, a page at a time (the service refuses one outside the HR scope).
     */
    static void add(List<CredentialTypeRecord> types, Officials officials, Credentials credentials, Runnable saved) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation("credential.new"));
        dialog.setId("credential-dialog");
        ComboBox<OfficialRecord> holder = new ComboBox<>(ui.getTranslation("credential.holder"));
        holder.setId("credential-holder");
        holder.setItems(q -> officials.search(new OfficialFilter(q.getFilter().orElse(null), null, null, null),
                q.getOffset(), q.getLimit()).stream(),
                q -> (int) officials.count(new OfficialFilter(q.getFilter().orElse(null), null, null, null)));
        holder.setItemLabelGenerator(o -> o.name() + " · " + o.staffNumber() + " · " + o.unitName() + " · "
                + Labels.of("employment", o.employmentType()));
        Select<CredentialTypeRecord> kind = new Select<>();
        kind.setLabel(ui.getTranslation("credential.type"));
        kind.setItems(types);
        kind.setItemLabelGenerator(t -> t.name(ui.getLocale()));
        kind.setValue(types.get(0));
        TextField number = new TextField(ui.getTranslation("credential.number"));
        number.setId("credential-number");
        TextField fields = new TextField(ui.getTranslation("credential.fields"));
        DatePicker issued = Localized.datePicker(ui.getTranslation("credential.issuedOn"));
        DatePicker expires = Localized.datePicker(ui.getTranslation("credential.expiresOn"));
        expires.setHelperText(ui.getTranslation("credential.expiresOn.help"));
        TextField issuer = new TextField(ui.getTranslation("credential.issuer"));
        dialog.add(new FormLayout(holder, kind, number, fields, issued, expires, issuer));
        Button save = new Button(ui.getTranslation("action.save"));
        save.setId("credential-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                if (holder.getValue() == null) {
                    throw new BusinessException("credential.error.holder");
                }
                credentials.add(new NewCredential(holder.getValue().id(), kind.getValue().code(), number.getValue(),
                        fields.getValue(), issued.getValue(), expires.getValue(), issuer.getValue()));
                dialog.close();
                saved.run();
            });
            save.setEnabled(!ok);
        });
        dialog.getFooter().add(new Button(ui.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(96vw, 44rem)");
        dialog.open();
    }
}
