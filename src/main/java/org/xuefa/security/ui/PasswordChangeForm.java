package org.xuefa.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.xuefa.base.ui.Notify;
import org.xuefa.security.AccountService;
import org.xuefa.security.PasswordStrength;

/**
 * Current password, new password with a strength estimate from the server as the user types, and the repetition;
 * fires {@link ChangedEvent} once the password was changed.
 */
public class PasswordChangeForm extends Composite<VerticalLayout> {
    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final ProgressBar meter = new ProgressBar(0, 4, 0);
    private final Span level = new Span();
    private final Div hints = new Div();

    public PasswordChangeForm(AccountService accounts) {
        this.accounts = accounts;
        current.setLabel(getTranslation("profile.password.current"));
        current.setId("password-current");
        fresh.setLabel(getTranslation("profile.password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("profile.password.rule", accounts.minPasswordLength()));
        fresh.setValueChangeMode(ValueChangeMode.LAZY);
        fresh.setValueChangeTimeout(300);
        fresh.addValueChangeListener(e -> showStrength(accounts.estimateOwnPassword(e.getValue())));
        repeat.setLabel(getTranslation("profile.password.repeat"));
        repeat.setId("password-repeat");
        meter.setId("password-strength");
        meter.setWidth("16rem");
        level.setId("password-strength-level");
        hints.setId("password-hints");
        hints.addClassName("xf-password-hints");
        Button change = new Button(getTranslation("profile.password.change"), e -> change());
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("40rem");
        Div strength = new Div(new Span(getTranslation("password.strength") + " "), level, meter, hints);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(form, strength, change);
        showStrength(null);
    }

    private void showStrength(PasswordStrength strength) {
        hints.removeAll();
        if (strength == null || fresh.isEmpty()) {
            meter.setValue(0);
            level.setText("");
            return;
        }
        meter.setValue(strength.score());
        meter.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        meter.addThemeVariants(strength.score() <= 1 ? ProgressBarVariant.LUMO_ERROR
                : strength.score() >= 3 ? ProgressBarVariant.LUMO_SUCCESS : ProgressBarVariant.LUMO_CONTRAST);
        level.setText(getTranslation("password.strength." + strength.score()));
        strength.hints().forEach(key -> hints.add(new Div(getTranslation(key, strength.minLength()))));
    }

    private void change() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            Notify.error(getTranslation("profile.password.mismatch"));
            return;
        }
        if (Notify.attempt(() -> accounts.changeOwnPassword(current.getValue(), fresh.getValue()))) {
            current.clear();
            fresh.clear();
            repeat.clear();
            showStrength(null);
            Notify.success(getTranslation("profile.password.changed"));
            fireEvent(new ChangedEvent(this));
        }
    }

    public Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    /** The password was changed. */
    public static class ChangedEvent extends ComponentEvent<PasswordChangeForm> {
        public ChangedEvent(PasswordChangeForm source) {
            super(source, false);
        }
    }
}
