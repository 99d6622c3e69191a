package org.xuefa.base.imports;

import java.text.Normalizer;
import java.util.Locale;

/** How imported text is normalised before it is matched: width, case, spaces, byte-order marks. */
public final class ImportText {
    private ImportText() {
    }

    /** Full-width letters, digits and brackets to ASCII, trimmed (also ideographic and non-breaking spaces). */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /**
     * A header or sheet name reduced for matching: no byte-order mark, case, width, spaces, underscores, hyphens,
     * dots, asterisks or a trailing note in brackets ({@code "工号（必填）"} is {@code "工号"}).
     */
    public static String headerKey(String s) {
        if (s == null) {
            return "";
        }
        String k = fold(s.replace("\uFEFF", "")).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.*]", "");
        return k.replaceAll("\\(.*\\)$", "");
    }

    /** A cell's text trimmed, with non-breaking and ideographic spaces as spaces; null when blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        return t.isEmpty() ? null : t;
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
