package org.xuefa.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.xuefa.base.i18n.Messages;

/**
 * Switches the language for this browser session and reloads the page. Listeners (the profile view) may also
 * store the choice with the account.
 */
public class LanguageSwitch extends Select<Locale> {
    public static final String SESSION_KEY = "xuefa.locale";

    public LanguageSwitch() {
        setId("language-switch");
        setItems(Messages.LOCALES);
        setItemLabelGenerator(l -> l.equals(Messages.ENGLISH) ? "English" : "中文");
        setAriaLabel(getTranslation("language"));
        setValue(Messages.supported(UI.getCurrent().getLocale()));
        addThemeName("small");
        setWidth("7.5em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
                fireEvent(new LanguageChosen(this, e.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });
    }

    public static void apply(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, locale);
        session.setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    public Registration addLanguageChosenListener(ComponentEventListener<LanguageChosen> listener) {
        return addListener(LanguageChosen.class, listener);
    }

    public static class LanguageChosen extends ComponentEvent<LanguageSwitch> {
        private final Locale locale;

        LanguageChosen(LanguageSwitch source, Locale locale) {
            super(source, true);
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }
    }
}
