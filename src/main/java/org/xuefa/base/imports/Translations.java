package org.xuefa.base.imports;

import java.util.Locale;
import org.xuefa.base.i18n.Messages;

/**
 * Looks a translation up for an import's headers, sheet names and labels; null when the bundle lacks it. Parsing
 * works without it (the aliases are written in the code), and with it a label the application shows can be pasted
 * back.
 */
@FunctionalInterface
public interface Translations {
    Translations NONE = (key, locale) -> null;

    String get(String key, Locale locale);

    /** The application's bundle, or {@link #NONE} when there is none (plain unit tests). */
    static Translations of(Messages messages) {
        if (messages == null) {
            return NONE;
        }
        return (key, locale) -> {
            String t = messages.getTranslation(key, locale);
            return t == null || t.isBlank() || t.startsWith("!") ? null : t;
        };
    }
}
