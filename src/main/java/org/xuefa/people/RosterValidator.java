package org.xuefa.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xuefa.base.imports.DataRow;
import org.xuefa.base.imports.DuplicateRows;
import org.xuefa.base.imports.ImportFormat;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportText;
import org.xuefa.base.imports.RowCheck;
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
    private static final String NONE = "—";

    private final ImportFormat format;
    private final Known known;
    private final List<ImportProblem> problems;
    private final DuplicateRows<String> unitRows = new DuplicateRows<>();

    RosterValidator(ImportFormat format, Known known, List<ImportProblem> problems) {
        this.format = format;
        this.known = known;
        this.problems = problems;
    }

    /** Checks the rows, units first, then posts, then officials, as they will be applied. */
    RosterPlan validate(List<DataRow> rows) {
        DuplicateRows<String> allUnitCodes = new DuplicateRows<>();
        of(rows, ImportKind.UNITS).forEach(r -> {
            String code = r.get(RosterColumn.UNIT_CODE);
            if (code != null) {
                allUnitCodes.firstRow(ImportText.fold(code), r.number());
            }
        });
        List<UnitLine> units = new ArrayList<>();
        of(rows, ImportKind.UNITS).forEach(row -> unit(row, allUnitCodes, units));
        List<PostLine> posts = new ArrayList<>();
        DuplicateRows<String> postRows = new DuplicateRows<>();
        of(rows, ImportKind.POSTS).forEach(row -> post(row, postRows, posts));
        List<OfficialLine> officials = new ArrayList<>();
        DuplicateRows<String> staffRows = new DuplicateRows<>();
        of(rows, ImportKind.OFFICIALS).forEach(row -> official(row, staffRows, officials));
        return new RosterPlan(List.copyOf(problems), units, posts, officials);
    }

    private static List<DataRow> of(List<DataRow> rows, ImportKind kind) {
        return rows.stream().filter(r -> RosterFormat.kind(r.table()) == kind).toList();
    }

    private void unit(DataRow row, DuplicateRows<String> allCodes, List<UnitLine> out) {
        RowCheck c = format.check(row, problems);
        String code = c.get(RosterColumn.UNIT_CODE);
        String name = c.get(RosterColumn.UNIT_NAME);
        String nameEn = c.get(RosterColumn.UNIT_NAME_EN);
        UnitKind kind = c.get(RosterColumn.UNIT_KIND);
        String parent = c.get(RosterColumn.UNIT_PARENT);
        Integer sort = c.get(RosterColumn.UNIT_SORT);
        if (code != null) {
            Integer first = unitRows.firstRow(code, row.number());
            KnownUnit existing = known.units().get(code);
            if (first != null) {
                c.problem("import.error.duplicate-unit", code, first);
            } else if (existing != null) {
                if (!existing.editable()) {
                    c.problem("import.error.unit-outside-scope", code);
                }
                if (c.has(RosterColumn.UNIT_PARENT) && !Objects.equals(existing.parentCode(), parent)) {
                    c.problem("import.error.parent-differs", code, or(existing.parentCode()), or(parent));
                }
            } else if (parent == null) {
                if (c.has(RosterColumn.UNIT_PARENT) && !known.admin()) {
                    c.problem("import.error.root-needs-admin", code);
                }
            } else if (parent.equals(code)) {
                c.problem("import.error.own-parent", code);
            } else if (known.units().containsKey(parent)) {
                if (!known.units().get(parent).editable()) {
                    c.problem("import.error.unit-outside-scope", parent);
                }
            } else if (!unitRows.contains(parent)) {
                Integer later = allCodes.rowOf(parent);
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
            out.add(new UnitLine(row.sheet(), row.number(), code, name, c.has(RosterColumn.UNIT_NAME_EN), nameEn,
                    kind, parent, c.has(RosterColumn.UNIT_SORT), sort == null ? 0 : sort));
        }
    }

    private void post(DataRow row, DuplicateRows<String> seen, List<PostLine> out) {
        RowCheck c = format.check(row, problems);
        String unitCode = c.get(RosterColumn.POST_UNIT);
        PostKind kind = c.get(RosterColumn.POST_KIND);
        String title = c.get(RosterColumn.POST_TITLE);
        Integer establishment = c.get(RosterColumn.POST_ESTABLISHMENT);
        String credential = c.get(RosterColumn.POST_CREDENTIAL);
        unit(c, unitCode);
        if (unitCode != null && kind != null && title != null) {
            Integer first = seen.firstRow(unitCode + "\n" + kind + "\n" + title, row.number());
            if (first != null) {
                c.problem("import.error.duplicate-post", title, first);
            }
        }
        if (title != null && establishment != null) {
            c.check(() -> new Post(null, kind, title, establishment, credential));
        }
        if (c.clean()) {
            out.add(new PostLine(row.sheet(), row.number(), unitCode, kind, title, establishment,
                    c.has(RosterColumn.POST_CREDENTIAL), credential));
        }
    }

    private void official(DataRow row, DuplicateRows<String> seen, List<OfficialLine> out) {
        RowCheck c = format.check(row, problems);
        String staffNumber = c.get(RosterColumn.OFFICIAL_STAFF_NUMBER);
        String name = c.get(RosterColumn.OFFICIAL_NAME);
        String unitCode = c.get(RosterColumn.OFFICIAL_UNIT);
        String position = c.get(RosterColumn.OFFICIAL_POSITION);
        OfficialCategory category = c.get(RosterColumn.OFFICIAL_CATEGORY);
        EmploymentType employment = c.get(RosterColumn.OFFICIAL_EMPLOYMENT);
        LocalDate joined = c.get(RosterColumn.OFFICIAL_JOINED);
        LocalDate left = c.get(RosterColumn.OFFICIAL_LEFT);
        unit(c, unitCode);
        if (staffNumber != null) {
            Integer first = seen.firstRow(staffNumber, row.number());
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
            out.add(new OfficialLine(row.sheet(), row.number(), staffNumber, name, unitCode,
                    c.has(RosterColumn.OFFICIAL_POSITION), position, category, employment,
                    c.has(RosterColumn.OFFICIAL_JOINED), joined, c.has(RosterColumn.OFFICIAL_LEFT), left));
        }
    }

    /** A unit a post or official refers to: in the file, or stored and within the user's HR scope. */
    private void unit(RowCheck c, String code) {
        if (code == null) {
            return;
        }
        KnownUnit existing = known.units().get(code);
        if (existing != null) {
            if (!existing.editable()) {
                c.problem("import.error.unit-outside-scope", code);
            }
        } else if (!unitRows.contains(code)) {
            c.problem("import.error.unknown-unit", code);
        }
    }

    private static String or(String code) {
        return code == null ? NONE : code;
    }
}
