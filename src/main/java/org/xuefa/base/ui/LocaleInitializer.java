package org.xuefa.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.xuefa.base.i18n.Messages;

/**
 * Chooses each new UI's language: this session's choice, else the user's stored language, else what the browser
 * asks for (Chinese unless it asks for English).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {
    private final UserPreferences preferences;

    LocaleInitializer(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(LanguageSwitch.SESSION_KEY);
            if (chosen == null) {
                chosen = preferences.storedLocale().orElse(Messages.supported(e.getUI().getLocale()));
            }
            e.getUI().setLocale(Messages.supported(chosen));
            // date pickers and upload boxes in the user's language, on every screen
            e.getUI().addAfterNavigationListener(nav -> ComponentLanguage.localize(e.getUI()));
        });
    }
}
