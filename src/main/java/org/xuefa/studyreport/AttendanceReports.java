package org.xuefa.studyreport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.AttendanceCounts;
import org.xuefa.study.AttendanceFigures.SessionHead;
import org.xuefa.study.AttendanceFigures;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionRecord;
import org.xuefa.studymakeup.MakeupFigures;

/**
 * Attendance at closed sessions for organizers, leaders and HR, within their scope: per session (of units in
 * scope), per person and per unit (officials in scope, whichever unit held the session) over a period. Every
 * attendance row of a closed session is one invitation, since closing marks every counted invitee. Figures are
 * counted in the database or in one pass over the period's rows; see {@link AttendanceMath} for the rate and the
 * runs of absences. The CSV and Excel files are {@link AttendanceExports}.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceReports {
    private static final int CHUNK = 500;
    private static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0, 0);
    private static final MakeupFigures.Tally NO_TASKS = new MakeupFigures.Tally(0, 0);
    private final AttendanceFigures figures;
    private final SessionAccess access;
    private final MakeupFigures makeup;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Clock clock;
    private final int flagAt;

    AttendanceReports(AttendanceFigures figures, SessionAccess access, MakeupFigures makeup, OrgUnits orgUnits,
            Officials officials, Clock clock,
            @Value("${xuefa.attendance.flag-consecutive-absences:2}") int flagAt) {
        this.figures = figures;
        this.access = access;
        this.makeup = makeup;
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.clock = clock;
        this.flagAt = flagAt;
    }

    /** How many consecutive unexcused absences raise the flag. */
    @Allowed.Overseers
    public int flagAt() {
        return flagAt;
    }

    // ---- per session

    @Allowed.Overseers
    public long countSessions(AttendanceFilter f) {
        Map<Long, OrgUnitRecord> units = scopeOf(f);
        return units.isEmpty() ? 0 : figures.countClosed(units.keySet(), start(f), end(f));
    }

    /** Closed sessions of the units in the filter, latest first, a page at a time. */
    @Allowed.Overseers
    public List<SessionReportRow> sessions(AttendanceFilter f, int offset, int limit) {
        Map<Long, OrgUnitRecord> units = scopeOf(f);
        if (units.isEmpty()) {
            return List.of();
        }
        int size = Math.max(limit, 1);
        return sessionRows(figures.closed(units.keySet(), start(f), end(f), offset / size, size), units);
    }

    /** One session's figures, closed or not (then the unmarked are not yet counted), if its unit is in scope. */
    @Allowed.Overseers
    public SessionReportRow session(Long sessionId) {
        SessionRecord s = access.read(sessionId);
        Map<Long, OrgUnitRecord> units = orgUnits.visibleTree().stream()
                .collect(Collectors.toMap(OrgUnitRecord::id, Function.identity()));
        return sessionRows(List.of(new SessionHead(s.id(), s.title(), s.kind(), s.startsAt(), s.unitId())), units)
                .get(0);
    }

    private List<SessionReportRow> sessionRows(List<SessionHead> heads, Map<Long, OrgUnitRecord> units) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(SessionHead::id).toList();
        Map<Long, AttendanceCounts> counts = figures.counts(ids);
        Map<Long, MakeupFigures.Tally> tallies = makeup.bySession(ids);
        List<SessionReportRow> rows = new ArrayList<>();
        for (SessionHead h : heads) {
            AttendanceCounts c = counts.getOrDefault(h.id(), NONE);
            MakeupFigures.Tally m = tallies.getOrDefault(h.id(), NO_TASKS);
            OrgUnitRecord unit = units.get(h.unitId());
            rows.add(new SessionReportRow(h.id(), h.title(), h.kind(), h.startsAt(), unit == null ? "" : unit.name(),
                    c.invited(), c.present(), c.late(), c.excused(), c.absent(),
                    AttendanceMath.rate(c.present(), c.late(), c.invited(), c.excused()), m.done(), m.total()));
        }
        return rows;
    }

    // ---- per person

    @Allowed.Overseers
    public long countPeople(AttendanceFilter f) {
        return personRows(f).size();
    }

    /**
     * Officials in scope who were invited in the period: the flagged first, then by name. Computed whole and
     * sliced, because the order depends on the figures.
     */
    @Allowed.Overseers
    public List<PersonReportRow> people(AttendanceFilter f, int offset, int limit) {
        List<PersonReportRow> all = personRows(f);
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + Math.max(limit, 0)));
    }

    private List<PersonReportRow> personRows(AttendanceFilter f) {
        Map<Long, OrgUnitRecord> units = scopeOf(f);
        List<OfficialRecord> people = officials.allInScope().stream().filter(o -> units.containsKey(o.unitId()))
                .toList();
        Map<Long, List<AttendanceStatus>> statuses = new HashMap<>();
        Map<Long, MakeupFigures.Tally> tallies = new HashMap<>();
        Instant from = start(f);
        Instant to = end(f);
        List<Long> ids = people.stream().map(OfficialRecord::id).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (AttendanceFigures.PersonMark r : figures.marks(chunk, from, to)) {
                statuses.computeIfAbsent(r.officialId(), k -> new ArrayList<>()).add(r.status());
            }
            tallies.putAll(makeup.byOfficial(chunk, from, to));
        }
        List<PersonReportRow> rows = new ArrayList<>();
        for (OfficialRecord o : people) {
            List<AttendanceStatus> list = statuses.get(o.id());
            if (list == null) {
                continue;
            }
            int[] c = new int[4];
            list.forEach(s -> c[s.ordinal()]++);
            int run = AttendanceMath.longestUnexcusedRun(list);
            MakeupFigures.Tally m = tallies.getOrDefault(o.id(), NO_TASKS);
            int present = c[AttendanceStatus.PRESENT.ordinal()];
            int late = c[AttendanceStatus.LATE.ordinal()];
            int excused = c[AttendanceStatus.EXCUSED.ordinal()];
            rows.add(new PersonReportRow(o.id(), o.name(), o.staffNumber(), o.unitName(), list.size(), present, late,
                    excused, c[AttendanceStatus.ABSENT.ordinal()],
                    AttendanceMath.rate(present, late, list.size(), excused), run, run >= flagAt, m.done(), m.total()));
        }
        rows.sort(Comparator.comparing((PersonReportRow r) -> !r.flagged()).thenComparing(PersonReportRow::name)
                .thenComparing(r -> r.staffNumber() == null ? "" : r.staffNumber()));
        return rows;
    }

    // ---- per unit

    /** Each unit's own officials summed, in tree order, units without invitations left out; the total last. */
    @Allowed.Overseers
    public List<UnitReportRow> units(AttendanceFilter f) {
        Map<Long, OrgUnitRecord> units = scopeOf(f);
        Map<Long, Long> unitOf = officials.allInScope().stream()
                .collect(Collectors.toMap(OfficialRecord::id, OfficialRecord::unitId));
        Map<Long, int[]> sums = new LinkedHashMap<>();
        units.keySet().forEach(id -> sums.put(id, new int[9]));
        int[] total = new int[9];
        for (PersonReportRow p : personRows(f)) {
            int[] s = sums.get(unitOf.get(p.officialId()));
            for (int[] target : new int[][] {s, total}) {
                target[0]++;
                target[1] += p.invited();
                target[2] += p.present();
                target[3] += p.late();
                target[4] += p.excused();
                target[5] += p.absent();
                target[6] += p.flagged() ? 1 : 0;
                target[7] += p.makeupDone();
                target[8] += p.makeupTotal();
            }
        }
        List<UnitReportRow> rows = new ArrayList<>();
        sums.forEach((id, s) -> {
            if (s[0] > 0) {
                OrgUnitRecord u = units.get(id);
                rows.add(unitRow(id, u.name(), u.nameEn(), u.depth(), s));
            }
        });
        rows.add(unitRow(null, null, null, 0, total));
        return rows;
    }

    private static UnitReportRow unitRow(Long id, String name, String nameEn, int depth, int[] s) {
        return new UnitReportRow(id, name, nameEn, depth, s[0], s[1], s[2], s[3], s[4], s[5],
                AttendanceMath.rate(s[2], s[3], s[1], s[4]), s[6], s[7], s[8]);
    }

    // ---- scope and period

    /** The units in the reader's scope, narrowed to the filter's unit and its subtree. */
    private Map<Long, OrgUnitRecord> scopeOf(AttendanceFilter f) {
        if (f == null || f.from() == null || f.to() == null || f.to().isBefore(f.from())) {
            throw new BusinessException("attendance.error.period");
        }
        List<OrgUnitRecord> visible = orgUnits.visibleTree();
        if (f.unitId() == null) {
            return visible.stream().collect(Collectors.toMap(OrgUnitRecord::id, Function.identity(), (a, b) -> a,
                    LinkedHashMap::new));
        }
        OrgUnitRecord root = visible.stream().filter(u -> u.id().equals(f.unitId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("unit " + f.unitId() + " is outside your scope"));
        return visible.stream().filter(u -> u.path().startsWith(root.path())).collect(Collectors.toMap(
                OrgUnitRecord::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Instant start(AttendanceFilter f) {
        return f.from().atStartOfDay(zone()).toInstant();
    }

    private Instant end(AttendanceFilter f) {
        return f.to().plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}