package org.xuefa.base.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A typed column of an import file: its header's label key (translated for templates and problems), the Chinese
 * and English headers accepted besides the translations, whether the column and its values are required, and the
 * parser of its cells. Aliases are written {@code "工号|人员编号"}; the first of each language is what a template
 * writes when the translation is missing. Columns are compared by identity.
 */
public final class Column<T> {
    /** What a sheet must have: nothing, the column (cells may be empty), or a value in every row. */
    public enum Need {
        OPTIONAL, COLUMN, VALUE
    }

    private final String code;
    private final String labelKey;
    private final Need need;
    private final Function<Translations, CellParser<T>> parser;
    private final List<String> chinese;
    private final List<String> english;

    private Column(String code, String labelKey, Need need, Function<Translations, CellParser<T>> parser,
            String chinese, String english) {
        this.code = code;
        this.labelKey = labelKey;
        this.need = need;
        this.parser = parser;
        this.chinese = List.of(chinese.split("\\|"));
        this.english = List.of(english.split("\\|"));
    }

    /**
     * A column. {@code code} is a programmer's name for it (such as {@code STAFF_NUMBER}), accepted as a header as
     * well.
     */
    public static <T> Column<T> of(String code, String labelKey, Need need, CellParser<T> parser, String chinese,
            String english) {
        return new Column<>(code, labelKey, need, translations -> parser, chinese, english);
    }

    /**
     * A column whose parser depends on the translations (an enum accepting the labels the application shows); each
     * {@link ImportFormat} makes its own.
     */
    public static <T> Column<T> translated(String code, String labelKey, Need need,
            Function<Translations, CellParser<T>> parser, String chinese, String english) {
        return new Column<>(code, labelKey, need, parser, chinese, english);
    }

    public String code() {
        return code;
    }

    /** The translation key of the header, also a problem's first argument so that the view names the column. */
    public String labelKey() {
        return labelKey;
    }

    public boolean columnRequired() {
        return need != Need.OPTIONAL;
    }

    public boolean valueRequired() {
        return need == Need.VALUE;
    }

    CellParser<T> parser(Translations translations) {
        return parser.apply(translations);
    }

    public List<String> chinese() {
        return chinese;
    }

    public List<String> english() {
        return english;
    }

    /** Every header this column answers to: aliases, its code, and its label in both languages. */
    List<String> aliases(Translations translations) {
        List<String> all = new ArrayList<>(chinese);
        all.addAll(english);
        all.add(code);
        all.add(translations.get(labelKey, Locale.SIMPLIFIED_CHINESE));
        all.add(translations.get(labelKey, Locale.ENGLISH));
        all.removeIf(a -> a == null);
        return all;
    }

    /** The header a template writes: the translation, else the first built-in alias of that language. */
    public String header(Locale locale, Translations translations) {
        String t = translations.get(labelKey, locale);
        if (t != null) {
            return t;
        }
        return ImportText.isEnglish(locale) ? ImportText.capitalise(english.get(0)) : chinese.get(0);
    }

    @Override
    public String toString() {
        return code;
    }
}
