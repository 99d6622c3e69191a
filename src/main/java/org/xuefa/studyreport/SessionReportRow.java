package org.xuefa.studyreport;

import java.time.Instant;
import org.xuefa.study.SessionKind;

/** One closed session in the attendance report. {@code rate} is null when nobody was left to count. */
public record SessionReportRow(Long sessionId, String title, SessionKind kind, Instant startsAt, String unitName,
        int invited, int present, int late, int excused, int absent, Double rate, int makeupDone, int makeupTotal) {
}
