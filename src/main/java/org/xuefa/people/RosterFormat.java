package org.xuefa.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.xuefa.base.imports.CellParser;
import org.xuefa.base.imports.Column;
import org.xuefa.base.imports.ImportFormat;
import org.xuefa.base.imports.InvalidCell;
import org.xuefa.base.imports.Parsers;
import org.xuefa.base.imports.Names;
import org.xuefa.base.imports.Table;
import org.xuefa.base.imports.Translations;

/**
 * How roster files are spelled: sheet names, headers and enum values, in Chinese and English whatever the user's
 * language. The accepted Chinese labels are written here, so parsing works without the translation bundle; labels
 * from the bundle are accepted too, so that a label the application shows can be pasted back.
 */
final class RosterFormat {
    static final Names INSTRUCTIONS = Names.of("import.sheet.instructions", "说明|填写说明|导入说明",
            "instructions|readme|help");
    private static final Map<ImportKind, Names> SHEETS = Map.of(
            ImportKind.UNITS, Names.of("import.sheet.units", "机构|单位|组织机构|机构设置",
                    "units|org units|organisation|organization"),
            ImportKind.POSTS, Names.of("import.sheet.posts", "岗位|编制|岗位编制", "posts|establishment"),
            ImportKind.OFFICIALS, Names.of("import.sheet.officials", "干部|人员|干部名册|花名册",
                    "officials|staff|people|roster"));
    private static final Map<Enum<?>, List<String>> CHINESE_LABELS = new LinkedHashMap<>();

    static {
        label(UnitKind.COUNTY, "县（区）", "县", "县区", "区", "县级");
        label(UnitKind.TOWN, "乡镇", "镇", "乡", "街道", "镇政府", "镇街");
        label(UnitKind.OFFICE, "办公室", "办公室 / 部门", "办公室/部门", "科室", "部门", "办", "内设机构");
        label(UnitKind.BRIGADE, "执法队", "大队", "执法大队", "队");
        label(UnitKind.STATION, "站所", "站", "所");
        label(UnitKind.VILLAGE_COMMITTEE, "村（居）委会", "村委会", "村居委会", "居委会", "村委", "社区");
        label(UnitKind.OTHER, "其他", "其它");
        label(PostKind.LEADERSHIP, "领导岗位", "领导", "领导职数", "领导职务");
        label(PostKind.GENERAL, "综合管理岗位", "综合岗位", "综合", "综合管理", "管理岗位", "一般岗位");
        label(PostKind.ENFORCEMENT, "执法岗位", "执法", "行政执法岗位");
        label(PostKind.TECHNICAL, "专业技术岗位", "专技岗位", "技术岗位", "专业技术", "技术");
        label(PostKind.SERVICE, "工勤岗位", "服务岗位", "服务", "工勤", "后勤岗位");
        label(OfficialCategory.LEADERSHIP_TEAM, "领导班子成员", "领导班子", "班子成员");
        label(OfficialCategory.TOWNSHIP_LEADER, "乡科级领导", "乡科级领导干部", "乡镇领导干部", "乡镇领导", "镇领导",
                "科级干部", "中层干部");
        label(OfficialCategory.STAFF, "一般干部", "工作人员", "一般工作人员", "干部", "职工", "员工");
        label(EmploymentType.ESTABLISHED, "在编", "编制内", "在编人员", "行政编制", "事业编制");
        label(EmploymentType.CONTRACT, "编外", "编外人员", "聘用", "合同制", "临聘", "劳务派遣");
        label(EmploymentType.CONCURRENT, "兼职", "兼职人员");
    }

    private static void label(Enum<?> value, String... labels) {
        CHINESE_LABELS.put(value, List.of(labels));
    }

    /** A county's or a city's roster in one file (issue 11 item 4: 20,000 rows import in one go). */
    static final int MAX_ROWS = 100_000;

    private final Translations translations;
    private final ImportFormat format;
    private final Map<ImportKind, Table> tables = new EnumMap<>(ImportKind.class);

    RosterFormat(Translations translations) {
        this.translations = translations == null ? Translations.NONE : translations;
        ImportFormat.Builder builder = ImportFormat.builder("import.error").translations(this.translations)
                .skip(INSTRUCTIONS).unknownSheets(ImportFormat.UnknownSheets.REPORT).maxRows(MAX_ROWS);
        for (ImportKind kind : ImportKind.values()) {
            Table table = new Table(kind.name(), RosterColumn.of(kind), SHEETS.get(kind));
            tables.put(kind, table);
            builder.table(table);
        }
        this.format = builder.build();
    }

    static RosterFormat standard() {
        return new RosterFormat(null);
    }

    ImportFormat format() {
        return format;
    }

    Table table(ImportKind kind) {
        return tables.get(kind);
    }

    static ImportKind kind(Table table) {
        return ImportKind.valueOf(table.id());
    }

    static Names sheet(ImportKind kind) {
        return SHEETS.get(kind);
    }

    String translated(String key, Locale locale) {
        return translations.get(key, locale);
    }

    Column<?> column(ImportKind kind, String header) {
        return format.column(tables.get(kind), header);
    }

    /** A parser of an enum's codes, its Chinese labels written here and its labels in the bundle. */
    static <E extends Enum<E>> Function<Translations, CellParser<E>> choice(Class<E> type) {
        return t -> Parsers.choice(type, e -> CHINESE_LABELS.getOrDefault(e, List.of()), e -> {
            List<String> labels = new ArrayList<>();
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                labels.add(t.get(enumKey(e), locale));
            }
            return labels;
        });
    }

    /** An enum value from its code (any case) or a label; null when neither matches. */
    <E extends Enum<E>> E parseEnum(Class<E> type, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return choice(type).apply(translations).parse(raw);
        } catch (InvalidCell e) {
            return null;
        }
    }

    /** The Chinese label a template shows and the parser surely accepts. */
    static String chineseLabel(Enum<?> value) {
        List<String> labels = CHINESE_LABELS.get(value);
        return labels == null ? value.name() : labels.get(0);
    }

    /** What a template writes for an enum value: its Chinese label, or its code for English readers. */
    static String templateValue(Enum<?> value, Locale locale) {
        return isEnglish(locale) ? value.name() : chineseLabel(value);
    }

    static String enumKey(Enum<?> value) {
        String prefix = value instanceof UnitKind ? "unitKind"
                : value instanceof PostKind ? "postKind"
                : value instanceof OfficialCategory ? "category"
                : value instanceof EmploymentType ? "employment" : value.getDeclaringClass().getSimpleName();
        return prefix + "." + value.name();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
