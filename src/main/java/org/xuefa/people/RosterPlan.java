package org.xuefa.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xuefa.base.imports.ImportProblem;

/**
 * What a roster file asks for once every row has been checked: the problems, and the typed rows to apply when
 * there are none. A {@code has…} flag is false when the file lacks that optional column, which keeps the stored
 * value; an empty cell in a present column clears it.
 */
record RosterPlan(List<ImportProblem> problems, List<UnitLine> units, List<PostLine> posts,
        List<OfficialLine> officials) {

    boolean ok() {
        return problems.isEmpty();
    }

    record UnitLine(String sheet, int row, String code, String name, boolean hasNameEn, String nameEn, UnitKind kind,
            String parentCode, boolean hasSortOrder, int sortOrder) {
    }

    record PostLine(String sheet, int row, String unitCode, PostKind kind, String title, int establishment,
            boolean hasCredential, String credential) {
    }

    record OfficialLine(String sheet, int row, String staffNumber, String name, String unitCode, boolean hasPosition,
            String position, OfficialCategory category, EmploymentType employment, boolean hasJoinedOn,
            LocalDate joinedOn, boolean hasLeftOn, LocalDate leftOn) {
    }

    /**
     * What the database already holds that a check needs: units by code (with their parent's code and whether the
     * user may edit them as HR), the officials the file names by staff number, and whether the user is an admin.
     */
    record Known(Map<String, KnownUnit> units, Map<String, Boolean> officialEditable, boolean admin) {
    }

    record KnownUnit(String code, String parentCode, boolean editable) {
    }
}
