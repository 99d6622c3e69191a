package org.xuefa.studyreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.ReportScopes;
import org.xuefa.people.Subtrees;
import org.xuefa.study.SessionAccess;

/**
 * Attendance at closed sessions for organizers, leaders and HR, within their scope: per session (of units in
 * scope), per person and per unit (officials in scope, whichever unit held the session) over a period. Every
 * attendance row of a closed session is one invitation, since closing marks every counted invitee. The figures are
 * counted by the database ({@link AttendanceSql}), the scope a path prefix of the unit tree, so a city's report
 * never loads its officials; see {@link AttendanceMath} for the rate and the runs of absences. The CSV and Excel
 * files are {@link AttendanceExports}, which stream the same rows.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceReports {
    private final AttendanceSql sql;
    private final SessionAccess access;
    private final ReportScopes scopes;
    private final OrgUnits orgUnits;
    private final Clock clock;
    private final int flagAt;

    AttendanceReports(AttendanceSql sql, SessionAccess access, ReportScopes scopes, OrgUnits orgUnits, Clock clock,
            @Value("${xuefa.attendance.flag-consecutive-absences:2}") int flagAt) {
        this.sql = sql;
        this.access = access;
        this.scopes = scopes;
        this.orgUnits = orgUnits;
        this.clock = clock;
        this.flagAt = flagAt;
    }

    /** How many consecutive unexcused absences raise the flag. */
    @Allowed.Overseers
    public int flagAt() {
        return flagAt;
    }

    /** The subtrees the filter covers, checked against the reader's scope (for file names, too). */
    @Allowed.Overseers
    public Subtrees scope(AttendanceFilter f) {
        return query(f).scope();
    }

    // ---- per session

    @Allowed.Overseers
    public long countSessions(AttendanceFilter f) {
        AttendanceSql.Query q = query(f);
        return q.scope().isEmpty() ? 0 : sql.countSessions(q);
    }

    /** Closed sessions of the units in the filter, latest first, a page at a time. */
    @Allowed.Overseers
    public List<SessionReportRow> sessions(AttendanceFilter f, int offset, int limit) {
        AttendanceSql.Query q = query(f);
        return q.scope().isEmpty() ? List.of() : sql.sessions(q, Math.max(offset, 0), Math.max(limit, 0));
    }

    /** Every closed session of the filter, latest first, handed over one at a time as the database reads them. */
    @Allowed.Overseers
    public void eachSession(AttendanceFilter f, Consumer<SessionReportRow> sink) {
        AttendanceSql.Query q = query(f);
        if (!q.scope().isEmpty()) {
            sql.eachSession(q, sink);
        }
    }

    /** One session's figures, closed or not (then the unmarked are not yet counted), if its unit is in scope. */
    @Allowed.Overseers
    public SessionReportRow session(Long sessionId) {
        access.read(sessionId);
        return sql.session(sessionId);
    }

    // ---- per person

    @Allowed.Overseers
    public long countPeople(AttendanceFilter f) {
        AttendanceSql.Query q = query(f);
        return q.scope().isEmpty() ? 0 : sql.countPeople(q);
    }

    /** Officials in scope who were invited in the period: the flagged first, then by name; a page. */
    @Allowed.Overseers
    public List<PersonReportRow> people(AttendanceFilter f, int offset, int limit) {
        return people(f, PersonOrder.FLAGGED_FIRST, offset, limit);
    }

    /** Officials in scope who were invited in the period, in the given order; a page. */
    @Allowed.Overseers
    public List<PersonReportRow> people(AttendanceFilter f, PersonOrder order, int offset, int limit) {
        AttendanceSql.Query q = query(f);
        return q.scope().isEmpty() ? List.of()
                : sql.people(q, flagAt, order == null ? PersonOrder.FLAGGED_FIRST : order, Math.max(offset, 0),
                        Math.max(limit, 0));
    }

    /**
     * One official's attendance in the period (none if the official was not invited), counted only where the
     * official is in the reader's scope.
     */
    @Allowed.Overseers
    public Optional<PersonReportRow> person(Long officialId, LocalDate from, LocalDate to) {
        AttendanceSql.Query q = query(new AttendanceFilter(from, to, null));
        return q.scope().isEmpty() ? Optional.empty() : sql.person(q, flagAt, officialId).stream().findFirst();
    }

    /** Every person of the report, flagged first, handed over as the database reads them. */
    @Allowed.Overseers
    public void eachPerson(AttendanceFilter f, Consumer<PersonReportRow> sink) {
        AttendanceSql.Query q = query(f);
        if (!q.scope().isEmpty()) {
            sql.eachPerson(q, flagAt, sink);
        }
    }

    // ---- per unit

    /**
     * Each unit's own officials summed, in tree order, units without invitations left out; the total last. Units
     * are few (a city has thousands), so their sums, counted by the database, are ordered here.
     */
    @Allowed.Overseers
    public List<UnitReportRow> units(AttendanceFilter f) {
        AttendanceSql.Query q = query(f);
        Map<Long, int[]> sums = new HashMap<>();
        if (!q.scope().isEmpty()) {
            sql.eachUnit(q, flagAt, u -> sums.put(u.unitId(), u.sums()));
        }
        int[] total = new int[9];
        List<UnitReportRow> rows = new ArrayList<>();
        for (OrgUnitRecord u : orgUnits.visibleTree()) {
            int[] s = sums.get(u.id());
            if (s != null && s[0] > 0) {
                rows.add(unitRow(u.id(), u.name(), u.nameEn(), u.depth(), s));
                for (int i = 0; i < total.length; i++) {
                    total[i] += s[i];
                }
            }
        }
        rows.add(unitRow(null, null, null, 0, total));
        return rows;
    }

    /**
     * A unit's subtree (null: the reader's whole scope) month by month, January to {@code lastMonth} of the year:
     * invitations at closed sessions and the attendance rate (the total of {@link #units} for each month), in one
     * statement.
     */
    @Allowed.Overseers
    public List<MonthAttendance> months(int year, int lastMonth, Long unitId) {
        if (lastMonth < 1) {
            return List.of();
        }
        List<Instant> bounds = new ArrayList<>();
        for (int m = 1; m <= lastMonth + 1; m++) {
            bounds.add(LocalDate.of(year, 1, 1).plusMonths(m - 1L).atStartOfDay(clock.getZone()).toInstant());
        }
        Map<Integer, int[]> sums = new HashMap<>();
        Subtrees scope = scopes.readable(unitId);
        if (!scope.isEmpty()) {
            sql.eachPeriod(scope, bounds, s -> sums.put(s[0], s));
        }
        List<MonthAttendance> out = new ArrayList<>();
        for (int m = 1; m <= lastMonth; m++) {
            int[] s = sums.getOrDefault(m, new int[5]);
            out.add(new MonthAttendance(m, s[1], AttendanceMath.rate(s[2], s[3], s[1], s[4])));
        }
        return out;
    }

    /** sums: people, invited, present, late, excused, absent, flagged people, make-up done, make-up owed. */
    private static UnitReportRow unitRow(Long id, String name, String nameEn, int depth, int[] s) {
        return new UnitReportRow(id, name, nameEn, depth, s[0], s[1], s[2], s[3], s[4], s[5],
                AttendanceMath.rate(s[2], s[3], s[1], s[4]), s[6], s[7], s[8]);
    }

    // ---- scope and period

    private AttendanceSql.Query query(AttendanceFilter f) {
        if (f == null || f.from() == null || f.to() == null || f.to().isBefore(f.from())) {
            throw new BusinessException("attendance.error.period");
        }
        Instant from = f.from().atStartOfDay(clock.getZone()).toInstant();
        Instant to = f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return new AttendanceSql.Query(from, to, scopes.readable(f.unitId()));
    }
}
