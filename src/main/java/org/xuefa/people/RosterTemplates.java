package org.xuefa.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.xuefa.base.imports.Column;
import org.xuefa.base.imports.ImportTemplates;

/**
 * Writes the roster templates in the user's language: the headers the reader recognises, one example row per
 * sheet, and an instructions sheet naming every column and its allowed values. The example rows refer to a
 * parent unit that does not exist, so an untouched template is refused rather than imported.
 */
final class RosterTemplates {
    private final RosterFormat format;
    private final Locale locale;
    private final ImportTemplates templates;

    RosterTemplates(RosterFormat format, Locale locale) {
        this.format = format;
        this.locale = locale;
        this.templates = new ImportTemplates(format.format(), locale);
    }

    byte[] xlsx() {
        ImportTemplates.Workbook workbook = templates.workbook();
        ImportTemplates.Workbook.Instructions help = workbook
                .instructions(templates.sheetName(RosterFormat.INSTRUCTIONS), 14, 22, 14, 100)
                .heading(t("import.help.title"));
        for (int i = 1; i <= 6; i++) {
            help.row(i + ". " + t("import.help.rule." + i));
        }
        help.blank().heading(t("import.help.col.sheet"), t("import.help.col.column"), t("import.help.col.required"),
                t("import.help.col.description"));
        for (ImportKind kind : ImportKind.values()) {
            for (Column<?> c : RosterColumn.of(kind)) {
                help.row(templates.sheetName(RosterFormat.sheet(kind)), c.header(locale, format.format().translations()),
                        t(c.valueRequired() ? "import.help.required"
                                : c.columnRequired() ? "import.help.column-required" : "import.help.optional"),
                        describe(c));
            }
        }
        for (ImportKind kind : ImportKind.values()) {
            workbook.table(templates.sheetName(RosterFormat.sheet(kind)), format.table(kind), List.of(example(kind)),
                    20);
        }
        return workbook.bytes();
    }

    byte[] csv(ImportKind kind) {
        return templates.csv(format.table(kind), List.of(example(kind)));
    }

    private String describe(Column<?> column) {
        String text = t(column.labelKey().replace("import.column.", "import.help."));
        Class<? extends Enum<?>> choices = RosterColumn.CHOICES.get(column);
        if (choices == null) {
            return text;
        }
        String allowed = Arrays.stream(choices.getEnumConstants()).map(this::choice)
                .collect(Collectors.joining(RosterFormat.isEnglish(locale) ? ", " : "、"));
        String space = RosterFormat.isEnglish(locale) ? " " : "";
        return text + space + t("import.help.allowed") + space + allowed;
    }

    private String choice(Enum<?> value) {
        if (!RosterFormat.isEnglish(locale)) {
            return RosterFormat.chineseLabel(value) + " (" + value.name() + ")";
        }
        String label = format.translated(RosterFormat.enumKey(value), locale);
        return label == null ? value.name() : value.name() + " (" + label + ")";
    }

    /** One example row, in the column order of {@link RosterColumn#of}. */
    private List<String> example(ImportKind kind) {
        return switch (kind) {
            case UNITS -> List.of("justice-office", "司法所", "Justice Office", v(UnitKind.STATION), "example-town", "60");
            case POSTS -> List.of("justice-office", v(PostKind.ENFORCEMENT), "司法助理员", "3", "");
            case OFFICIALS -> List.of("A0001", "张三", "justice-office", "司法助理员", v(OfficialCategory.STAFF),
                    v(EmploymentType.ESTABLISHED), "2020-09-01", "");
        };
    }

    private String v(Enum<?> value) {
        return RosterFormat.templateValue(value, locale);
    }

    private String t(String key) {
        String text = format.translated(key, locale);
        return text == null ? key : text;
    }
}
