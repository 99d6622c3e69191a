package org.xuefa.study;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;

/**
 * Attendance at closed sessions counted in the database, for reports: the caller names the units or officials
 * (those in its reader's scope) and the period of session starts [from, to).
 */
@Service
@Transactional(readOnly = true)
public class AttendanceFigures {
    private final AttendanceReportRepository report;

    AttendanceFigures(AttendanceReportRepository report) {
        this.report = report;
    }

    /** A closed session as a report lists it. */
    public record SessionHead(Long id, String title, SessionKind kind, Instant startsAt, Long unitId) {
    }

    /** One person's status at one closed session. */
    public record PersonMark(Long officialId, AttendanceStatus status) {
    }

    @Allowed.Overseers
    public long countClosed(Collection<Long> unitIds, Instant from, Instant to) {
        return report.countClosedSessions(unitIds, from, to, SessionStatus.CLOSED);
    }

    /** Closed sessions of the units, latest first, one page of the given size. */
    @Allowed.Overseers
    public List<SessionHead> closed(Collection<Long> unitIds, Instant from, Instant to, int page, int size) {
        return report.closedSessions(unitIds, from, to, SessionStatus.CLOSED, PageRequest.of(page, size)).stream()
                .map(h -> new SessionHead((Long) h[0], (String) h[1], (SessionKind) h[2], (Instant) h[3], (Long) h[4]))
                .toList();
    }

    /** Per session, how many are marked with each status; sessions without marks are left out. */
    @Allowed.Overseers
    public Map<Long, AttendanceCounts> counts(Collection<Long> sessionIds) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] c : report.countByStatus(sessionIds)) {
            counts.computeIfAbsent((Long) c[0], k -> new int[4])[((AttendanceStatus) c[1]).ordinal()] =
                    ((Number) c[2]).intValue();
        }
        Map<Long, AttendanceCounts> out = new HashMap<>();
        counts.forEach((id, c) -> {
            int present = c[AttendanceStatus.PRESENT.ordinal()];
            int late = c[AttendanceStatus.LATE.ordinal()];
            int excused = c[AttendanceStatus.EXCUSED.ordinal()];
            int absent = c[AttendanceStatus.ABSENT.ordinal()];
            out.put(id, new AttendanceCounts(present + late + excused + absent, present, late, excused, absent));
        });
        return out;
    }

    /** The officials' statuses at closed sessions that started in the period, by official, in session order. */
    @Allowed.Overseers
    public List<PersonMark> marks(Collection<Long> officialIds, Instant from, Instant to) {
        return report.attendanceOf(officialIds, from, to, SessionStatus.CLOSED).stream()
                .map(r -> new PersonMark((Long) r[0], (AttendanceStatus) r[1])).toList();
    }
}
