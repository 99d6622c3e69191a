package org.xuefa.studyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuefa.people.Subtrees;
import org.xuefa.study.SessionKind;

/**
 * The attendance reports as SQL over the sessions, attendance and make-up tables and the officials' units, so a
 * city's figures are counted by the database: the scope is a path prefix of {@code org_unit.path}, the paging and
 * order are SQL, exports read a stream of rows (fetch size {@value #FETCH}). Every attendance row of a closed
 * session is one invitation. The longest run of unexcused absences is found with window functions ("gaps and
 * islands" over each person's non-excused marks in session order: consecutive absences share
 * {@code row_number() over all - row_number() over absences}). Runs on H2 and PostgreSQL alike.
 */
@Component
class AttendanceSql {
    static final int FETCH = 500;
    private final NamedParameterJdbcTemplate jdbc;

    AttendanceSql(JdbcTemplate template) {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** A period of session starts [from, to) and the subtrees of the officials or sessions' units. */
    record Query(Instant from, Instant to, Subtrees scope) {
        MapSqlParameterSource params() {
            return new MapSqlParameterSource().addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                    .addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
    }

    // ---- per session

    private static final String SESSIONS = """
            select x.*,
              (select count(*) from makeup_task t where t.session_id = x.id and t.status = 'DONE') as makeup_done,
              (select count(*) from makeup_task t where t.session_id = x.id and t.status <> 'CANCELLED')
                as makeup_total
            from (select s.id, s.title, s.kind, s.starts_at, u.name as unit_name, count(a.id) as invited,
                    sum(case when a.status = 'PRESENT' then 1 else 0 end) as present,
                    sum(case when a.status = 'LATE' then 1 else 0 end) as late,
                    sum(case when a.status = 'EXCUSED' then 1 else 0 end) as excused,
                    sum(case when a.status = 'ABSENT' then 1 else 0 end) as absent
                  from study_session s join org_unit u on u.id = s.unit_id
                  left join session_attendance a on a.session_id = s.id
                  where %s
                  group by s.id, s.title, s.kind, s.starts_at, u.name) x
            order by x.starts_at desc, x.id desc""";

    private static final String CLOSED_IN_PERIOD = "s.status = 'CLOSED' and s.starts_at >= :from and s.starts_at < :to";

    long countSessions(Query q) {
        MapSqlParameterSource p = q.params();
        String where = CLOSED_IN_PERIOD + " and " + q.scope().sql("u.path", p);
        return jdbc.queryForObject("select count(*) from study_session s join org_unit u on u.id = s.unit_id where "
                + where, p, Long.class);
    }

    List<SessionReportRow> sessions(Query q, int offset, int limit) {
        MapSqlParameterSource p = q.params().addValue("offset", offset).addValue("limit", limit);
        String where = CLOSED_IN_PERIOD + " and " + q.scope().sql("u.path", p);
        return jdbc.query(SESSIONS.formatted(where) + " limit :limit offset :offset", p, (rs, n) -> session(rs));
    }

    void eachSession(Query q, Consumer<SessionReportRow> sink) {
        MapSqlParameterSource p = q.params();
        String where = CLOSED_IN_PERIOD + " and " + q.scope().sql("u.path", p);
        jdbc.query(SESSIONS.formatted(where), p, rs -> {
            sink.accept(session(rs));
        });
    }

    /** One session's figures, whatever its status. */
    SessionReportRow session(Long sessionId) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", sessionId);
        return jdbc.query(SESSIONS.formatted("s.id = :id"), p, (rs, n) -> session(rs)).stream().findFirst()
                .orElse(null);
    }

    private static SessionReportRow session(ResultSet rs) throws SQLException {
        int invited = rs.getInt("invited");
        int present = rs.getInt("present");
        int late = rs.getInt("late");
        int excused = rs.getInt("excused");
        return new SessionReportRow(rs.getLong("id"), rs.getString("title"), SessionKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getString("unit_name"), invited,
                present, late, excused, rs.getInt("absent"), AttendanceMath.rate(present, late, invited, excused),
                rs.getInt("makeup_done"), rs.getInt("makeup_total"));
    }

    // ---- per person and per unit

    /**
     * Each person in scope with marks in the period: counts, longest unexcused run and make-up tally. One chain of
     * derived tables, each grouping the one before it, and no join between two of them: H2 joins derived tables by
     * scanning one for each row of the other, which made a city's report quadratic. Each mark carries its island
     * (consecutive marks of one status among the person's non-excused marks; excused marks have none), the islands
     * are counted, and one grouping per person gives both the counts and the longest run of absences. The make-up
     * tally is a pair of correlated counts on {@code makeup_task}'s index by official.
     */
    private static final String PEOPLE = """
            with marks as (
              select a.official_id, a.status,
                case when a.status <> 'EXCUSED' then
                  row_number() over (partition by a.official_id,
                      case when a.status = 'EXCUSED' then 1 else 0 end order by s.starts_at, s.id)
                  - row_number() over (partition by a.official_id, a.status order by s.starts_at, s.id)
                end as island
              from session_attendance a join study_session s on s.id = a.session_id
              join official o on o.id = a.official_id join org_unit u on u.id = o.unit_id
              where %1$s),
            islands as (
              select official_id, status, island, count(*) as n from marks group by official_id, status, island),
            counts as (
              select official_id, sum(n) as invited,
                sum(case when status = 'PRESENT' then n else 0 end) as present,
                sum(case when status = 'LATE' then n else 0 end) as late,
                sum(case when status = 'EXCUSED' then n else 0 end) as excused,
                sum(case when status = 'ABSENT' then n else 0 end) as absent,
                max(case when status = 'ABSENT' then n else 0 end) as run
              from islands group by official_id),
            people as (
              select o.id, o.name, o.staff_number, o.unit_id, u.name as unit_name, c.invited, c.present, c.late,
                c.excused, c.absent, c.run,
                case when c.run >= :flagAt then 1 else 0 end as flagged,
                (select count(*) from makeup_task t join study_session s on s.id = t.session_id
                  where t.official_id = o.id and t.status = 'DONE' and %2$s) as makeup_done,
                (select count(*) from makeup_task t join study_session s on s.id = t.session_id
                  where t.official_id = o.id and t.status <> 'CANCELLED' and %2$s) as makeup_total
              from counts c join official o on o.id = c.official_id join org_unit u on u.id = o.unit_id)
            """;

    private static String people(CharSequence where) {
        return PEOPLE.formatted(where, CLOSED_IN_PERIOD);
    }

    private MapSqlParameterSource peopleParams(Query q, int flagAt, StringBuilder where) {
        MapSqlParameterSource p = q.params().addValue("flagAt", flagAt);
        where.append(CLOSED_IN_PERIOD).append(" and ").append(q.scope().sql("u.path", p));
        return p;
    }

    long countPeople(Query q) {
        MapSqlParameterSource p = q.params();
        String where = CLOSED_IN_PERIOD + " and " + q.scope().sql("u.path", p);
        return jdbc.queryForObject("select count(distinct a.official_id) from session_attendance a"
                + " join study_session s on s.id = a.session_id join official o on o.id = a.official_id"
                + " join org_unit u on u.id = o.unit_id where " + where, p, Long.class);
    }

    List<PersonReportRow> people(Query q, int flagAt, PersonOrder order, int offset, int limit) {
        StringBuilder where = new StringBuilder();
        MapSqlParameterSource p = peopleParams(q, flagAt, where).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(people(where) + "select * from people order by " + order.sql()
                + " limit :limit offset :offset", p, (rs, n) -> person(rs));
    }

    /** One official's row, if the official is in the query's scope and was invited in the period. */
    List<PersonReportRow> person(Query q, int flagAt, Long officialId) {
        StringBuilder where = new StringBuilder();
        MapSqlParameterSource p = peopleParams(q, flagAt, where).addValue("official", officialId);
        where.append(" and o.id = :official");
        return jdbc.query(people(where) + "select * from people", p, (rs, n) -> person(rs));
    }

    void eachPerson(Query q, int flagAt, Consumer<PersonReportRow> sink) {
        StringBuilder where = new StringBuilder();
        MapSqlParameterSource p = peopleParams(q, flagAt, where);
        jdbc.query(people(where) + "select * from people order by " + PersonOrder.FLAGGED_FIRST.sql(), p,
                rs -> {
                    sink.accept(person(rs));
                });
    }

    private static PersonReportRow person(ResultSet rs) throws SQLException {
        int invited = rs.getInt("invited");
        int present = rs.getInt("present");
        int late = rs.getInt("late");
        int excused = rs.getInt("excused");
        return new PersonReportRow(rs.getLong("id"), rs.getString("name"), rs.getString("staff_number"),
                rs.getString("unit_name"), invited, present, late, excused, rs.getInt("absent"),
                AttendanceMath.rate(present, late, invited, excused), rs.getInt("run"), rs.getInt("flagged") == 1,
                rs.getInt("makeup_done"), rs.getInt("makeup_total"));
    }

    /**
     * The marks of officials in the subtrees at sessions closed between the first and last bound, per period
     * between consecutive bounds (1, 2, ...): period, invited, present, late, excused. One statement; the bounds
     * are a year's months at most.
     */
    void eachPeriod(Subtrees scope, List<Instant> bounds, Consumer<int[]> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder period = new StringBuilder("case");
        for (int i = 0; i < bounds.size(); i++) {
            p.addValue("b" + i, OffsetDateTime.ofInstant(bounds.get(i), ZoneOffset.UTC));
            if (i > 0) {
                period.append(" when s.starts_at < :b").append(i).append(" then ").append(i);
            }
        }
        String last = ":b" + (bounds.size() - 1);
        jdbc.query("select bucket, count(*) as invited,"
                + " sum(case when status = 'PRESENT' then 1 else 0 end) as present,"
                + " sum(case when status = 'LATE' then 1 else 0 end) as late,"
                + " sum(case when status = 'EXCUSED' then 1 else 0 end) as excused from (select " + period
                + " end as bucket, a.status from session_attendance a join study_session s on s.id = a.session_id"
                + " join official o on o.id = a.official_id join org_unit u on u.id = o.unit_id"
                + " where s.status = 'CLOSED' and s.starts_at >= :b0 and s.starts_at < " + last + " and "
                + scope.sql("u.path", p) + ") x group by bucket", p, rs -> {
                    sink.accept(new int[] {rs.getInt("bucket"), rs.getInt("invited"), rs.getInt("present"),
                        rs.getInt("late"), rs.getInt("excused")});
                });
    }

    /** Per unit (its own officials): people, the counts summed, flagged people and make-up, by unit id. */
    record UnitSums(long unitId, int[] sums) {
    }

    void eachUnit(Query q, int flagAt, Consumer<UnitSums> sink) {
        StringBuilder where = new StringBuilder();
        MapSqlParameterSource p = peopleParams(q, flagAt, where);
        jdbc.query(people(where) + """
                select unit_id, count(*) as people, sum(invited) as invited, sum(present) as present,
                  sum(late) as late, sum(excused) as excused, sum(absent) as absent, sum(flagged) as flagged,
                  sum(makeup_done) as makeup_done, sum(makeup_total) as makeup_total
                from people group by unit_id""", p, rs -> {
                    int[] s = new int[9];
                    String[] cols = {"people", "invited", "present", "late", "excused", "absent", "flagged",
                        "makeup_done", "makeup_total"};
                    for (int i = 0; i < cols.length; i++) {
                        s[i] = rs.getInt(cols[i]);
                    }
                    sink.accept(new UnitSums(rs.getLong("unit_id"), s));
                });
    }
}
