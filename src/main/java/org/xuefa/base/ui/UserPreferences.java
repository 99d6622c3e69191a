package org.xuefa.base.ui;

import java.util.Locale;
import java.util.Optional;

/** The signed-in user's stored language, implemented by the security module. */
public interface UserPreferences {
    Optional<Locale> storedLocale();

    void storeLocale(Locale locale);
}
