package org.xuefa.notification;

import java.util.Locale;

/** Notice arguments that read differently per language, stored as one string. */
public final class Text {
    static final char ARG_SEPARATOR = '\u001f';
    private static final char LANGUAGE_SEPARATOR = '\u001e';

    private Text() {
    }

    /** An argument shown as {@code zh} to Chinese readers and {@code en} to English ones. */
    public static String bilingual(String zh, String en) {
        return zh + LANGUAGE_SEPARATOR + (en == null || en.isBlank() ? zh : en);
    }

    /** The argument in the reader's language. */
    public static String resolve(String arg, Locale locale) {
        int i = arg.indexOf(LANGUAGE_SEPARATOR);
        if (i < 0) {
            return arg;
        }
        return locale != null && "en".equals(locale.getLanguage()) ? arg.substring(i + 1) : arg.substring(0, i);
    }
}
