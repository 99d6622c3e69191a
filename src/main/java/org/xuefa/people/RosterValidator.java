package org.xuefa.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xuefa.base.BusinessException;
import org.xuefa.people.RosterPlan.Known;
import org.xuefa.people.RosterPlan.KnownUnit;
import org.xuefa.people.RosterPlan.OfficialLine;
import org.xuefa.people.RosterPlan.PostLine;
import org.xuefa.people.RosterPlan.UnitLine;

/**
 * Checks every row of a roster before anything is written: values, references between rows and to stored units,
 * duplicates within the file, and the user's HR scope. Each row's entity is also built once, unsaved, so the
 * entities' own rules report here rather than halfway through writing.
 */
final class RosterValidator {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}(?:\\.0+)?");
    private static final String NONE = "—";

    private final RosterFormat format;

    RosterValidator(RosterFormat format) {
        this.format = format;
    }

    RosterPlan validate(List<RosterSheet> sheets, Known known, List<ImportProblem> problems) {
        Map<String, Integer> unitRows = new HashMap<>();
        List<UnitLine> units = new ArrayList<>();
        Map<String, Integer> allUnitCodes = new HashMap<>();
        sheets.stream().filter(s -> s.kind() == ImportKind.UNITS).forEach(s -> s.rows().forEach(r -> {
            String code = r.get(RosterColumn.UNIT_CODE);
            if (code != null) {
                allUnitCodes.putIfAbsent(RosterFormat.fold(code), r.number());
            }
        }));
        for (RosterSheet sheet : of(sheets, ImportKind.UNITS)) {
            for (RosterSheet.Row row : sheet.rows()) {
                unit(sheet, row, known, unitRows, allUnitCodes, problems, units);
            }
        }
        List<PostLine> posts = new ArrayList<>();
        Map<String, Integer> postRows = new HashMap<>();
        for (RosterSheet sheet : of(sheets, ImportKind.POSTS)) {
            for (RosterSheet.Row row : sheet.rows()) {
                post(sheet, row, known, unitRows, postRows, problems, posts);
            }
        }
        List<OfficialLine> officials = new ArrayList<>();
        Map<String, Integer> staffRows = new HashMap<>();
        for (RosterSheet sheet : of(sheets, ImportKind.OFFICIALS)) {
            for (RosterSheet.Row row : sheet.rows()) {
                official(sheet, row, known, unitRows, staffRows, problems, officials);
            }
        }
        return new RosterPlan(List.copyOf(problems), units, posts, officials);
    }

    private static List<RosterSheet> of(List<RosterSheet> sheets, ImportKind kind) {
        return sheets.stream().filter(s -> s.kind() == kind).toList();
    }

    private void unit(RosterSheet sheet, RosterSheet.Row row, Known known, Map<String, Integer> seen,
            Map<String, Integer> allCodes, List<ImportProblem> problems, List<UnitLine> out) {
        Cells c = new Cells(sheet, row, problems);
        String code = c.code(RosterColumn.UNIT_CODE);
        String name = c.text(RosterColumn.UNIT_NAME);
        String nameEn = c.text(RosterColumn.UNIT_NAME_EN);
        UnitKind kind = c.choice(RosterColumn.UNIT_KIND, UnitKind.class);
        String parent = c.code(RosterColumn.UNIT_PARENT);
        Integer sort = c.integer(RosterColumn.UNIT_SORT, false);
        if (code != null) {
            Integer first = seen.putIfAbsent(code, row.number());
            KnownUnit existing = known.units().get(code);
            if (first != null) {
                c.problem("import.error.duplicate-unit", code, first);
            } else if (existing != null) {
                if (!existing.editable()) {
                    c.problem("import.error.unit-outside-scope", code);
                }
                if (sheet.has(RosterColumn.UNIT_PARENT) && !Objects.equals(existing.parentCode(), parent)) {
                    c.problem("import.error.parent-differs", code, or(existing.parentCode()), or(parent));
                }
            } else if (parent == null) {
                if (sheet.has(RosterColumn.UNIT_PARENT) && !known.admin()) {
                    c.problem("import.error.root-needs-admin", code);
                }
            } else if (parent.equals(code)) {
                c.problem("import.error.own-parent", code);
            } else if (known.units().containsKey(parent)) {
                if (!known.units().get(parent).editable()) {
                    c.problem("import.error.unit-outside-scope", parent);
                }
            } else if (!seen.containsKey(parent)) {
                Integer later = allCodes.get(parent);
                if (later != null) {
                    c.problem("import.error.parent-after-child", parent, later);
                } else {
                    c.problem("import.error.unknown-parent", parent);
                }
            }
        }
        if (code != null && name != null) {
            c.check(() -> new OrgUnit(code, name, nameEn, kind, null, sort == null ? 0 : sort));
        }
        if (c.clean()) {
            out.add(new UnitLine(sheet.name(), row.number(), code, name, sheet.has(RosterColumn.UNIT_NAME_EN), nameEn,
                    kind, parent, sheet.has(RosterColumn.UNIT_SORT), sort == null ? 0 : sort));
        }
    }

    private void post(RosterSheet sheet, RosterSheet.Row row, Known known, Map<String, Integer> fileUnits,
            Map<String, Integer> seen, List<ImportProblem> problems, List<PostLine> out) {
        Cells c = new Cells(sheet, row, problems);
        String unitCode = c.code(RosterColumn.POST_UNIT);
        PostKind kind = c.choice(RosterColumn.POST_KIND, PostKind.class);
        String title = c.text(RosterColumn.POST_TITLE);
        Integer establishment = c.integer(RosterColumn.POST_ESTABLISHMENT, true);
        String credential = c.text(RosterColumn.POST_CREDENTIAL);
        c.unit(unitCode, known, fileUnits);
        if (unitCode != null && kind != null && title != null) {
            Integer first = seen.putIfAbsent(unitCode + "\n" + kind + "\n" + title, row.number());
            if (first != null) {
                c.problem("import.error.duplicate-post", title, first);
            }
        }
        if (title != null && establishment != null) {
            c.check(() -> new Post(null, kind, title, establishment, credential));
        }
        if (c.clean()) {
            out.add(new PostLine(sheet.name(), row.number(), unitCode, kind, title, establishment,
                    sheet.has(RosterColumn.POST_CREDENTIAL), credential));
        }
    }

    private void official(RosterSheet sheet, RosterSheet.Row row, Known known, Map<String, Integer> fileUnits,
            Map<String, Integer> seen, List<ImportProblem> problems, List<OfficialLine> out) {
        Cells c = new Cells(sheet, row, problems);
        String staffNumber = c.code(RosterColumn.OFFICIAL_STAFF_NUMBER);
        String name = c.text(RosterColumn.OFFICIAL_NAME);
        String unitCode = c.code(RosterColumn.OFFICIAL_UNIT);
        String position = c.text(RosterColumn.OFFICIAL_POSITION);
        OfficialCategory category = c.choice(RosterColumn.OFFICIAL_CATEGORY, OfficialCategory.class);
        EmploymentType employment = c.choice(RosterColumn.OFFICIAL_EMPLOYMENT, EmploymentType.class);
        LocalDate joined = c.date(RosterColumn.OFFICIAL_JOINED);
        LocalDate left = c.date(RosterColumn.OFFICIAL_LEFT);
        c.unit(unitCode, known, fileUnits);
        if (staffNumber != null) {
            Integer first = seen.putIfAbsent(staffNumber, row.number());
            if (first != null) {
                c.problem("import.error.duplicate-official", staffNumber, first);
            } else if (Boolean.FALSE.equals(known.officialEditable().get(staffNumber))) {
                c.problem("import.error.official-outside-scope", staffNumber);
            }
            if (name != null) {
                // the unit is checked above; any id lets the entity check the remaining rules
                c.check(() -> new Official(staffNumber,
                        new OfficialData(name, 0L, position, category, employment, joined, left)));
            }
        }
        if (c.clean()) {
            out.add(new OfficialLine(sheet.name(), row.number(), staffNumber, name, unitCode,
                    sheet.has(RosterColumn.OFFICIAL_POSITION), position, category, employment,
                    sheet.has(RosterColumn.OFFICIAL_JOINED), joined, sheet.has(RosterColumn.OFFICIAL_LEFT), left));
        }
    }

    private static String or(String code) {
        return code == null ? NONE : code;
    }

    /** Reads the cells of one row, adding a problem for each value that does not parse. */
    private final class Cells {
        private final RosterSheet sheet;
        private final RosterSheet.Row row;
        private final List<ImportProblem> problems;
        private final int before;

        Cells(RosterSheet sheet, RosterSheet.Row row, List<ImportProblem> problems) {
            this.sheet = sheet;
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean clean() {
            return problems.size() == before;
        }

        void problem(String key, Object... args) {
            problems.add(ImportProblem.of(sheet.name(), row.number(), key, args));
        }

        void check(Runnable build) {
            try {
                build.run();
            } catch (BusinessException e) {
                boolean repeated = problems.subList(before, problems.size()).stream()
                        .anyMatch(p -> p.messageKey().equals(e.messageKey()));
                if (!repeated) {
                    problem(e.messageKey(), e.args());
                }
            }
        }

        private String raw(RosterColumn column) {
            String value = row.get(column);
            if (value == null && column.valueRequired() && sheet.has(column)) {
                problem("import.error.required", column.labelKey());
            }
            return value;
        }

        String text(RosterColumn column) {
            String value = raw(column);
            if (value != null && column.maxLength() > 0 && value.length() > column.maxLength()) {
                problem("import.error.too-long", column.labelKey(), column.maxLength());
                return null;
            }
            return value;
        }

        /** A unit code or staff number: full-width characters folded, and a unit code's form checked. */
        String code(RosterColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String folded = RosterFormat.fold(value);
            if (column != RosterColumn.OFFICIAL_STAFF_NUMBER && !folded.matches(OrgUnit.CODE_PATTERN)) {
                problem("unit.error.code-invalid", folded);
                return null;
            }
            return folded;
        }

        <E extends Enum<E>> E choice(RosterColumn column, Class<E> type) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            E parsed = format.parseEnum(type, value);
            if (parsed == null) {
                problem("import.error.invalid-choice", column.labelKey(), value);
            }
            return parsed;
        }

        Integer integer(RosterColumn column, boolean nonNegative) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            String folded = RosterFormat.fold(value);
            if (!INTEGER.matcher(folded).matches()) {
                problem("import.error.invalid-number", column.labelKey(), value);
                return null;
            }
            int n = Integer.parseInt(folded.replaceAll("\\.0+$", "").replace("+", ""));
            if (nonNegative && n < 0) {
                problem("import.error.negative-number", column.labelKey(), value);
                return null;
            }
            return n;
        }

        LocalDate date(RosterColumn column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            Matcher m = DATE.matcher(RosterFormat.fold(value));
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // falls through to the problem below: a day that does not exist
                }
            }
            problem("import.error.invalid-date", column.labelKey(), value);
            return null;
        }

        /** A unit a post or official refers to: in the file, or stored and within the user's HR scope. */
        void unit(String code, Known known, Map<String, Integer> fileUnits) {
            if (code == null) {
                return;
            }
            KnownUnit existing = known.units().get(code);
            if (existing != null) {
                if (!existing.editable()) {
                    problem("import.error.unit-outside-scope", code);
                }
            } else if (!fileUnits.containsKey(code)) {
                problem("import.error.unknown-unit", code);
            }
        }
    }
}
