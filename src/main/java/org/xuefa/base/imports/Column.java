package org.xuefa.base.imports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A typed column of an import file: its names (the header's label key, translated for templates and problems,
 * and the Chinese and English headers accepted besides the translations), whether the column and its values are
 * required, and the parser of its cells. Columns are compared by identity.
 */
public final class Column<T> {
    /** What a sheet must have: nothing, the column (cells may be empty), or a value in every row. */
    public enum Need {
        OPTIONAL, COLUMN, VALUE
    }

    private final String code;
    private final Names names;
    private final Need need;
    private final Function<Translations, CellParser<T>> parser;

    private Column(String code, Names names, Need need, Function<Translations, CellParser<T>> parser) {
        this.code = code;
        this.names = names;
        this.need = need;
        this.parser = parser;
    }

    /**
     * Columns whose label keys share a prefix, such as {@code "import.column.units."}; a column's {@code code} is a
     * programmer's name for it (such as {@code STAFF_NUMBER}), accepted as a header as well.
     */
    public static Family family(String labelKeyPrefix) {
        return new Family(labelKeyPrefix);
    }

    public String code() {
        return code;
    }

    /** The translation key of the header, also a problem's first argument so that the view names the column. */
    public String labelKey() {
        return names.labelKey();
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

    /** Every header this column answers to: its names and its code. */
    List<String> aliases(Translations translations) {
        List<String> all = names.aliases(translations);
        all.add(code);
        return all;
    }

    /** The header a template writes: the translation, else the first built-in alias of that language. */
    public String header(Locale locale, Translations translations) {
        return names.name(locale, translations);
    }

    @Override
    public String toString() {
        return code;
    }

    /** Makes the columns of one table. Aliases are written {@code "工号|人员编号"}. */
    public static final class Family {
        private final String prefix;

        private Family(String prefix) {
            this.prefix = prefix;
        }

        public <T> Column<T> of(String code, String key, Need need, CellParser<T> parser, String chinese,
                String english) {
            return new Column<>(code, Names.of(prefix + key, chinese, english), need, translations -> parser);
        }

        /**
         * A column whose parser depends on the translations (an enum accepting the labels the application shows);
         * each {@link ImportFormat} makes its own.
         */
        public <T> Column<T> translated(String code, String key, Need need,
                Function<Translations, CellParser<T>> parser, String chinese, String english) {
            return new Column<>(code, Names.of(prefix + key, chinese, english), need, parser);
        }
    }
}
