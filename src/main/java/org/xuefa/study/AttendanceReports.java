package org.xuefa.study;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.base.Allowed;

/**
 * Attendance at closed sessions for organizers, leaders and HR, within their scope: per session (of units in
 * scope), per person and per unit (officials in scope, whichever unit held the session) over a period. Every
 * attendance row of a closed session is one invitation, since closing marks every counted invitee. Figures are
 * counted in the database or in one pass over the period's rows; see {@link AttendanceMath} for the rate and the
 * runs of absences.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceReports {
    private static final int CHUNK = 500;
    private final AttendanceReportRepository report;
    private final StudySessionRepository sessions;
    private final MakeupTaskRepository tasks;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Messages messages;
    private final Clock clock;
    private final int flagAt;

    AttendanceReports(AttendanceReportRepository report, StudySessionRepository sessions, MakeupTaskRepository tasks, OrgUnits orgUnits,
            Officials officials, Messages messages, Clock clock,
            @Value("${xuefa.attendance.flag-consecutive-absences:2}") int flagAt) {
        this.report = report;
        this.sessions = sessions;
        this.tasks = tasks;
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.messages = messages;
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
        return units.isEmpty() ? 0 : report.countClosedSessions(units.keySet(), start(f), end(f),
                SessionStatus.CLOSED);
    }

    /** Closed sessions of the units in the filter, latest first, a page at a time. */
    @Allowed.Overseers
    public List<SessionReportRow> sessions(AttendanceFilter f, int offset, int limit) {
        Map<Long, OrgUnitRecord> units = scopeOf(f);
        if (units.isEmpty()) {
            return List.of();
        }
        int size = Math.max(limit, 1);
        List<Object[]> heads = report.closedSessions(units.keySet(), start(f), end(f), SessionStatus.CLOSED,
                PageRequest.of(offset / size, size));
        return sessionRows(heads, units);
    }

    /** One session's figures, closed or not (then the unmarked are not yet counted), if its unit is in scope. */
    @Allowed.Overseers
    public SessionReportRow session(Long sessionId) {
        StudySession s = sessions.findById(sessionId)
                .orElseThrow(() -> new BusinessException("study.session.error.not-found"));
        Map<Long, OrgUnitRecord> units = orgUnits.visibleTree().stream()
                .collect(Collectors.toMap(OrgUnitRecord::id, Function.identity()));
        if (!units.containsKey(s.unitId())) {
            throw new AccessDeniedException("session " + sessionId + " is outside your scope");
        }
        return sessionRows(List.<Object[]>of(new Object[] {s.getId(), s.title(), s.kind(), s.startsAt(), s.unitId()}),
                units).get(0);
    }

    private List<SessionReportRow> sessionRows(List<Object[]> heads, Map<Long, OrgUnitRecord> units) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(h -> (Long) h[0]).toList();
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] c : report.countByStatus(ids)) {
            counts.computeIfAbsent((Long) c[0], k -> new int[4])[((AttendanceStatus) c[1]).ordinal()] =
                    ((Number) c[2]).intValue();
        }
        Map<Long, int[]> makeup = makeupCounts(tasks.countBySession(ids));
        List<SessionReportRow> rows = new ArrayList<>();
        for (Object[] h : heads) {
            Long id = (Long) h[0];
            int[] c = counts.getOrDefault(id, new int[4]);
            int present = c[AttendanceStatus.PRESENT.ordinal()];
            int late = c[AttendanceStatus.LATE.ordinal()];
            int excused = c[AttendanceStatus.EXCUSED.ordinal()];
            int absent = c[AttendanceStatus.ABSENT.ordinal()];
            int invited = present + late + excused + absent;
            int[] m = makeup.getOrDefault(id, new int[2]);
            OrgUnitRecord unit = units.get((Long) h[4]);
            rows.add(new SessionReportRow(id, (String) h[1], (SessionKind) h[2], (Instant) h[3],
                    unit == null ? "" : unit.name(), invited, present, late, excused, absent,
                    AttendanceMath.rate(present, late, invited, excused), m[0], m[1]));
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
        Map<Long, int[]> makeup = new HashMap<>();
        Instant from = start(f);
        Instant to = end(f);
        List<Long> ids = people.stream().map(OfficialRecord::id).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (Object[] r : report.attendanceOf(chunk, from, to, SessionStatus.CLOSED)) {
                statuses.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((AttendanceStatus) r[1]);
            }
            makeup.putAll(makeupCounts(tasks.countByOfficial(chunk, from, to, SessionStatus.CLOSED)));
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
            int[] m = makeup.getOrDefault(o.id(), new int[2]);
            int present = c[AttendanceStatus.PRESENT.ordinal()];
            int late = c[AttendanceStatus.LATE.ordinal()];
            int excused = c[AttendanceStatus.EXCUSED.ordinal()];
            rows.add(new PersonReportRow(o.id(), o.name(), o.staffNumber(), o.unitName(), list.size(), present, late,
                    excused, c[AttendanceStatus.ABSENT.ordinal()],
                    AttendanceMath.rate(present, late, list.size(), excused), run, run >= flagAt, m[0], m[1]));
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

    // ---- exports

    @Allowed.Overseers
    public byte[] csv(AttendanceReport which, AttendanceFilter f, Locale locale) {
        return Spreadsheets.csv(table(which, f, locale));
    }

    @Allowed.Overseers
    public byte[] xlsx(AttendanceReport which, AttendanceFilter f, Locale locale) {
        return Spreadsheets.xlsx(t("attendance.tab." + which.fileName(), locale), table(which, f, locale));
    }

    private List<List<Object>> table(AttendanceReport which, AttendanceFilter f, Locale locale) {
        List<List<Object>> table = new ArrayList<>();
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
        switch (which) {
            case SESSIONS -> {
                table.add(headers(locale, "date", "session", "kind", "unit", "invited", "present", "late", "excused",
                        "absent", "rate", "makeupDone", "makeupTotal"));
                Map<Long, OrgUnitRecord> units = scopeOf(f);
                List<Object[]> heads = units.isEmpty() ? List.of() : report.closedSessions(units.keySet(), start(f),
                        end(f), SessionStatus.CLOSED, org.springframework.data.domain.Pageable.unpaged());
                for (SessionReportRow r : sessionRows(heads, units)) {
                    table.add(List.of(date.format(r.startsAt()), r.title(), t("sessionKind." + r.kind(), locale),
                            r.unitName(), r.invited(), r.present(), r.late(), r.excused(), r.absent(),
                            percent(r.rate()), r.makeupDone(), r.makeupTotal()));
                }
            }
            case PEOPLE -> {
                table.add(headers(locale, "name", "staffNumber", "unit", "invited", "present", "late", "excused",
                        "absent", "rate", "run", "flag", "makeupDone", "makeupTotal"));
                for (PersonReportRow r : personRows(f)) {
                    table.add(List.of(r.name(), r.staffNumber(), r.unitName(), r.invited(), r.present(), r.late(),
                            r.excused(), r.absent(), percent(r.rate()), r.longestUnexcusedRun(),
                            r.flagged() ? t("attendance.flagged", locale) : "", r.makeupDone(), r.makeupTotal()));
                }
            }
            case UNITS -> {
                table.add(headers(locale, "unit", "people", "invited", "present", "late", "excused", "absent",
                        "rate", "flaggedPeople", "makeupDone", "makeupTotal"));
                for (UnitReportRow r : units(f)) {
                    table.add(List.of(r.total() ? t("attendance.total", locale) : r.displayName(locale), r.people(),
                            r.invited(), r.present(), r.late(), r.excused(), r.absent(), percent(r.rate()),
                            r.flaggedPeople(), r.makeupDone(), r.makeupTotal()));
                }
            }
        }
        return table;
    }

    /** The rate in percent with one decimal, a number so Excel can sort it; empty when undefined. */
    static Object percent(Double rate) {
        return rate == null ? "" : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private List<Object> headers(Locale locale, String... keys) {
        List<Object> row = new ArrayList<>();
        for (String k : keys) {
            row.add(t("attendance.col." + k, locale));
        }
        return row;
    }

    private String t(String key, Locale locale) {
        return messages.getTranslation(key, locale);
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

    private static Map<Long, int[]> makeupCounts(Collection<Object[]> rows) {
        Map<Long, int[]> out = new HashMap<>();
        for (Object[] r : rows) {
            MakeupStatus status = (MakeupStatus) r[1];
            if (status == MakeupStatus.CANCELLED) {
                continue;
            }
            int n = ((Number) r[2]).intValue();
            int[] m = out.computeIfAbsent((Long) r[0], k -> new int[2]);
            m[1] += n;
            if (status == MakeupStatus.DONE) {
                m[0] += n;
            }
        }
        return out;
    }
}
