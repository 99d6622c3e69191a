package org.xuefa.studyreport;

/**
 * One official's attendance at the closed sessions of a period: counts, rate, the longest run of consecutive
 * unexcused absences and whether it reaches the flag, and make-up tasks done of those owed.
 */
public record PersonReportRow(Long officialId, String name, String staffNumber, String unitName, int invited,
        int present, int late, int excused, int absent, Double rate, int longestUnexcusedRun, boolean flagged,
        int makeupDone, int makeupTotal) {

    public int attended() {
        return present + late;
    }
}
