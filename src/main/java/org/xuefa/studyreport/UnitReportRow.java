package org.xuefa.studyreport;

import java.util.Locale;

/**
 * The officials of one unit (its own members, not its subtree) summed over a period; the last row of a report,
 * with a null {@code unitId}, is the total of all rows.
 */
public record UnitReportRow(Long unitId, String unitName, String unitNameEn, int depth, int people, int invited,
        int present, int late, int excused, int absent, Double rate, int flaggedPeople, int makeupDone,
        int makeupTotal) {

    public boolean total() {
        return unitId == null;
    }

    public int attended() {
        return present + late;
    }

    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && unitNameEn != null ? unitNameEn : unitName;
    }
}
