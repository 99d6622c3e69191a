package org.xuefa.base.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a sheet goes by: a label key (translated for templates) and Chinese and English aliases written
 * {@code "机构|单位"}, the first of each language used when the translation is missing.
 */
public record SheetNames(String labelKey, List<String> chinese, List<String> english) {
    public SheetNames {
        chinese = List.copyOf(chinese);
        english = List.copyOf(english);
    }

    public static SheetNames of(String labelKey, String chinese, String english) {
        return new SheetNames(labelKey, List.of(chinese.split("\\|")), List.of(english.split("\\|")));
    }

    /** The name a template gives the sheet in the reader's language. */
    public String name(Locale locale, Translations translations) {
        String t = translations.get(labelKey, locale);
        if (t != null) {
            return t;
        }
        return ImportText.isEnglish(locale) ? ImportText.capitalise(english.get(0)) : chinese.get(0);
    }

    List<String> aliases(Translations translations) {
        List<String> all = new ArrayList<>(chinese);
        all.addAll(english);
        all.add(translations.get(labelKey, Locale.SIMPLIFIED_CHINESE));
        all.add(translations.get(labelKey, Locale.ENGLISH));
        all.removeIf(a -> a == null);
        return all;
    }
}
