package org.xuefa.study;

/** Head counts of one session. {@code invited} counts those expected (not who joined after it). */
public record AttendanceCounts(int invited, int present, int late, int excused, int absent) {

    public int attended() {
        return present + late;
    }

    public int unmarked() {
        return Math.max(0, invited - present - late - excused - absent);
    }
}
