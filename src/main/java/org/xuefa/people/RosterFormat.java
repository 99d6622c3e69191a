package org.xuefa.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How roster files are spelled: sheet names, headers and enum values, in Chinese and English whatever the user's
 * language. The accepted Chinese labels are written here, so parsing works without the translation bundle; labels
 * from the bundle are accepted too, so that a label the application shows can be pasted back.
 */
final class RosterFormat {
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    static final String INSTRUCTIONS = "instructions";

    /** Looks a translation up; null when the bundle lacks it. */
    @FunctionalInterface
    interface Translations {
        String get(String key, Locale locale);
    }

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

    private final Translations translations;
    private final Map<ImportKind, Map<String, RosterColumn>> headers = new EnumMap<>(ImportKind.class);
    private final Map<String, String> sheets = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> enums = new HashMap<>();

    RosterFormat(Translations translations) {
        this.translations = translations == null ? (k, l) -> null : translations;
        for (RosterColumn c : RosterColumn.values()) {
            Map<String, RosterColumn> byAlias = headers.computeIfAbsent(c.kind(), k -> new HashMap<>());
            List<String> aliases = new ArrayList<>(c.chinese());
            aliases.addAll(c.english());
            aliases.add(c.name());
            aliases.add(translated(c.labelKey(), CHINESE));
            aliases.add(translated(c.labelKey(), ENGLISH));
            aliases.stream().filter(a -> a != null).forEach(a -> byAlias.putIfAbsent(headerKey(a), c));
        }
        sheet(INSTRUCTIONS, "说明", "填写说明", "导入说明", "instructions", "readme", "help");
        sheet(ImportKind.UNITS.name(), "机构", "单位", "组织机构", "机构设置", "units", "org units", "organisation",
                "organization");
        sheet(ImportKind.POSTS.name(), "岗位", "编制", "岗位编制", "posts", "establishment");
        sheet(ImportKind.OFFICIALS.name(), "干部", "人员", "干部名册", "花名册", "officials", "staff", "people",
                "roster");
        CHINESE_LABELS.forEach((value, labels) -> {
            Map<String, Enum<?>> byLabel = enums.computeIfAbsent(value.getDeclaringClass(), k -> new HashMap<>());
            labels.forEach(l -> byLabel.putIfAbsent(fold(l), value));
        });
        CHINESE_LABELS.keySet().forEach(value -> {
            Map<String, Enum<?>> byLabel = enums.get(value.getDeclaringClass());
            for (Locale locale : List.of(CHINESE, ENGLISH)) {
                String label = translated(enumKey(value), locale);
                if (label != null) {
                    byLabel.putIfAbsent(fold(label), value);
                }
            }
        });
    }

    static RosterFormat standard() {
        return new RosterFormat(null);
    }

    private void sheet(String id, String... names) {
        for (String n : names) {
            sheets.putIfAbsent(headerKey(n), id);
        }
        String key = "import.sheet." + id.toLowerCase();
        for (Locale locale : List.of(CHINESE, ENGLISH)) {
            String t = translated(key, locale);
            if (t != null) {
                sheets.putIfAbsent(headerKey(t), id);
            }
        }
    }

    String translated(String key, Locale locale) {
        String t = translations.get(key, locale);
        return t == null || t.isBlank() || t.startsWith("!") ? null : t;
    }

    /** The kind a sheet holds by its name, or null ({@link #isInstructions} tells the help sheet apart). */
    ImportKind sheetKind(String sheetName) {
        String id = sheets.get(headerKey(sheetName));
        return id == null || id.equals(INSTRUCTIONS) ? null : ImportKind.valueOf(id);
    }

    boolean isInstructions(String sheetName) {
        return INSTRUCTIONS.equals(sheets.get(headerKey(sheetName)));
    }

    RosterColumn column(ImportKind kind, String header) {
        return header == null ? null : headers.get(kind).get(headerKey(header));
    }

    /** The kind whose required columns a header row has, preferring the one that recognises most columns. */
    ImportKind guessKind(List<String> header) {
        ImportKind best = null;
        long bestScore = 1;
        for (ImportKind kind : ImportKind.values()) {
            Set<RosterColumn> found = new java.util.HashSet<>();
            header.forEach(h -> {
                RosterColumn c = column(kind, h);
                if (c != null) {
                    found.add(c);
                }
            });
            long required = RosterColumn.of(kind).stream().filter(RosterColumn::columnRequired).count();
            long missing = RosterColumn.of(kind).stream().filter(c -> c.columnRequired() && !found.contains(c)).count();
            long score = found.size() * 10L + (missing == 0 ? 1000 : 0) - missing;
            if (found.size() >= 2 && score > bestScore && required > 0) {
                best = kind;
                bestScore = score;
            }
        }
        return best;
    }

    /** An enum value from its code (any case) or a Chinese label; null when neither matches. */
    <E extends Enum<E>> E parseEnum(Class<E> type, String raw) {
        if (raw == null) {
            return null;
        }
        String folded = fold(raw);
        String code = folded.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        Enum<?> byLabel = enums.getOrDefault(type, Map.of()).get(folded);
        return byLabel == null ? null : type.cast(byLabel);
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

    /** The header a template writes: the translation, else the first built-in alias of that language. */
    String header(RosterColumn column, Locale locale) {
        String t = translated(column.labelKey(), locale);
        if (t != null) {
            return t;
        }
        return isEnglish(locale) ? capitalise(column.english().get(0)) : column.chinese().get(0);
    }

    String sheetName(String id, Locale locale) {
        String t = translated("import.sheet." + id.toLowerCase(), locale);
        if (t != null) {
            return t;
        }
        return switch (id) {
            case INSTRUCTIONS -> isEnglish(locale) ? "Instructions" : "说明";
            case "UNITS" -> isEnglish(locale) ? "Units" : "机构";
            case "POSTS" -> isEnglish(locale) ? "Posts" : "岗位";
            default -> isEnglish(locale) ? "Officials" : "干部";
        };
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Full-width letters and digits to ASCII, trimmed (also ideographic and non-breaking spaces). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** A header or sheet name reduced for matching: no case, spaces, underscores, asterisks or trailing notes. */
    static String headerKey(String s) {
        if (s == null) {
            return "";
        }
        String k = fold(s).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.*]", "");
        return k.replaceAll("\\(.*\\)$", "");
    }
}
