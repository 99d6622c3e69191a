package org.xuefa.base.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a column or sheet goes by: a label key (translated for templates and problems) and Chinese and English
 * aliases written {@code "机构|单位"}, the first of each language used when the translation is missing.
 */
public record Names(String labelKey, List<String> chinese, List<String> english) {
    public Names {
        chinese = List.copyOf(chinese);
        english = List.copyOf(english);
    }

    public static Names of(String labelKey, String chinese, String english) {
        return new Names(labelKey, List.of(chinese.split("\\|")), List.of(english.split("\\|")));
    }

    /** The name a template writes in the reader's language. */
    public String name(Locale locale, Translations translations) {
        String t = translations.get(labelKey, locale);
        if (t != null) {
            return t;
        }
        return ImportText.isEnglish(locale) ? ImportText.capitalise(english.get(0)) : chinese.get(0);
    }

    /** Every name accepted: the aliases and the label in both languages. */
    List<String> aliases(Translations translations) {
        List<String> all = new ArrayList<>(chinese);
        all.addAll(english);
        all.add(translations.get(labelKey, Locale.SIMPLIFIED_CHINESE));
        all.add(translations.get(labelKey, Locale.ENGLISH));
        all.removeIf(a -> a == null);
        return all;
    }
}
