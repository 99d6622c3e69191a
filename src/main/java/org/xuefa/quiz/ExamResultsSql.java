package org.xuefa.quiz;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuefa.people.AudienceSql;
import org.xuefa.people.Subtrees;

/**
 * An exam's results counted by the database: the audience in the reader's scope (active officials the exam's rules
 * take, {@link AudienceSql}, under the scope's path prefixes), each with the attempt that counts (highest score or
 * latest, by a window function), summed per unit or listed a page at a time; the attempts in scope; and per
 * question, facility and discrimination (top 27% minus bottom 27% of takers by total percent). No statement's
 * parameters grow with the number of officials.
 */
@Component
class ExamResultsSql {
    private final NamedParameterJdbcTemplate jdbc;

    ExamResultsSql(JdbcTemplate template) {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** The exam, its counting and owner, and the reader's subtrees. */
    record Query(Long examId, Counting counting, Long ownerUnitId, Subtrees scope) {
    }

    private String audience(Query q, MapSqlParameterSource p) {
        p.addValue("exam", q.examId());
        String order = q.counting() == Counting.LATEST ? "a.submitted_at desc, a.id desc"
                : "a.score desc, a.attempt_no desc";
        String counted = "(select a.%s from exam_attempt a where a.official_id = o.id and a.exam_id = :exam"
                + " and a.status = 'SUBMITTED' order by " + order + " limit 1)";
        // the counted attempt by correlated subqueries on the attempts' index by official, not a join with a
        // derived table of attempts, which H2 runs as a scan of that table for every official
        return """
                with audience as (
                  select o.id, o.name, o.staff_number, o.unit_id, u.name as unit_name, %s as score, %s as band
                  from official o join org_unit u on u.id = o.unit_id
                  where o.active = true and %s and %s)
                """.formatted(counted.formatted("score"), counted.formatted("band"), q.scope().sql("u.path", p),
                AudienceSql.condition("exam_audience", "exam_id", q.examId(), q.ownerUnitId(), p));
    }

    /** Per unit: audience, sat, passed, excellent, sum of scores; by unit name. */
    void eachUnit(Query q, Consumer<Object[]> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        jdbc.query(audience(q, p) + """
                select unit_name, count(*) as people, count(band) as sat,
                  sum(case when band in ('EXCELLENT', 'GOOD', 'PASS') then 1 else 0 end) as passed,
                  sum(case when band = 'EXCELLENT' then 1 else 0 end) as excellent, sum(score) as total
                from audience group by unit_id, unit_name order by unit_name, unit_id""", p, rs -> {
                    sink.accept(new Object[] {rs.getString("unit_name"), rs.getInt("people"), rs.getInt("sat"),
                        rs.getInt("passed"), rs.getInt("excellent"), rs.getBigDecimal("total")});
                });
    }

    /** Who has not sat ({@code failed} false) or failed, by unit and name, a page. */
    List<ExamSummary.Person> people(Query q, boolean failed, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(audience(q, p) + "select * from audience where " + which(failed)
                + " order by unit_name, name, id limit :limit offset :offset", p, (rs, n) -> person(rs));
    }

    void eachPerson(Query q, boolean failed, Consumer<ExamSummary.Person> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        jdbc.query(audience(q, p) + "select * from audience where " + which(failed)
                + " order by unit_name, name, id", p, rs -> {
                    sink.accept(person(rs));
                });
    }

    private static String which(boolean failed) {
        return failed ? "band = 'FAIL'" : "band is null";
    }

    private static ExamSummary.Person person(ResultSet rs) throws SQLException {
        String band = rs.getString("band");
        return new ExamSummary.Person(rs.getLong("id"), rs.getString("name"), rs.getString("staff_number"),
                rs.getString("unit_name"), rs.getBigDecimal("score"), band == null ? null : Band.valueOf(band));
    }

    // ---- attempts

    private static final String ATTEMPTS = " from exam_attempt a join official o on o.id = a.official_id"
            + " join org_unit u on u.id = o.unit_id where a.exam_id = :exam and ";

    long countAttempts(Query q) {
        MapSqlParameterSource p = new MapSqlParameterSource("exam", q.examId());
        return jdbc.queryForObject("select count(*)" + ATTEMPTS + q.scope().sql("u.path", p), p, Long.class);
    }

    /** Attempts by officials in scope (or by one of them, if {@code officialId} is set), newest first, a page. */
    List<AttemptRow> attempts(Query q, Long officialId, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("exam", q.examId()).addValue("offset", offset)
                .addValue("limit", limit).addValue("official", officialId);
        return jdbc.query("select a.id, o.id as official_id, o.name, u.name as unit_name, a.attempt_no, a.makeup,"
                + " a.status, a.score, a.band, a.submitted_at, a.void_reason" + ATTEMPTS + q.scope().sql("u.path", p)
                + (officialId == null ? "" : " and o.id = :official") + " order by a.started_at desc, a.id desc limit :limit offset :offset", p, (rs, n) -> {
                    String band = rs.getString("band");
                    OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
                    return new AttemptRow(rs.getLong("id"), rs.getLong("official_id"), rs.getString("name"),
                            rs.getString("unit_name"), rs.getInt("attempt_no"), rs.getBoolean("makeup"),
                            AttemptStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"),
                            band == null ? null : Band.valueOf(band),
                            submitted == null ? null : submitted.toInstant(), rs.getString("void_reason"));
                });
    }

    // ---- item analysis

    /** Per question of the exam's submitted attempts: answers, facility, and the shares of the bottom and top 27%. */
    record Item(String courseId, String questionId, int answers, double facility, double lower, double upper) {
    }

    List<Item> items(Long examId) {
        MapSqlParameterSource p = new MapSqlParameterSource("exam", examId);
        return jdbc.query("""
                with shares as (
                  select i.course_id, i.question_id, a.percent,
                    case when i.awarded is null or i.points = 0 then 0.0
                      else cast(i.awarded as decimal(12, 6)) / i.points end as share, a.id as attempt_id
                  from attempt_item i join exam_attempt a on a.id = i.attempt_id
                  where a.exam_id = :exam and a.status = 'SUBMITTED'),
                ranked as (
                  select course_id, question_id, share,
                    row_number() over (partition by course_id, question_id order by percent, attempt_id) as rk,
                    count(*) over (partition by course_id, question_id) as n
                  from shares),
                cut as (
                  select course_id, question_id, share, rk, n,
                    case when round(n * 0.27) < 1 then 1 else round(n * 0.27) end as k
                  from ranked)
                select course_id, question_id, count(*) as answers, avg(share) as facility,
                  avg(case when rk <= k then share end) as lower_share,
                  avg(case when rk > n - k then share end) as upper_share
                from cut group by course_id, question_id""", p, (rs, n) -> new Item(rs.getString("course_id"),
                rs.getString("question_id"), rs.getInt("answers"), number(rs, "facility"),
                number(rs, "lower_share"), number(rs, "upper_share")));
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? 0 : v.doubleValue();
    }
}
