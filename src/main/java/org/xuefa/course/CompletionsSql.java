package org.xuefa.course;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuefa.people.Subtrees;

/**
 * The completion report in SQL. For one course: every official in scope (active, or with progress) with their
 * progress or none, so who has not started is listed too. For all courses: the progress rows in scope. Scope is
 * a path prefix of the officials' units; paging and order are SQL; exports read a stream.
 */
@Component
class CompletionsSql {
    private final NamedParameterJdbcTemplate jdbc;

    CompletionsSql(JdbcTemplate template) {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** One progress row, or an official without progress in the course (null dates, empty lessons). */
    record Line(Long officialId, String name, String staffNumber, String unitName, String courseId,
            String completedLessons, Instant startedAt, Instant completedAt, BigDecimal hours) {
    }

    private String from(String courseId, Subtrees scope, MapSqlParameterSource p) {
        String where = scope.sql("u.path", p);
        if (courseId == null) {
            return " from course_progress c join official o on o.id = c.official_id"
                    + " join org_unit u on u.id = o.unit_id where " + where;
        }
        p.addValue("course", courseId);
        return " from official o join org_unit u on u.id = o.unit_id"
                + " left join course_progress c on c.official_id = o.id and c.course_id = :course"
                + " where (o.active = true or c.id is not null) and " + where;
    }

    private static final String COLUMNS = "select o.id, o.name, o.staff_number, u.name as unit_name, c.course_id,"
            + " c.completed_lessons, c.started_at, c.completed_at, c.credited_hours";

    long count(String courseId, Subtrees scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*)" + from(courseId, scope, p), p, Long.class);
    }

    List<Line> page(String courseId, Subtrees scope, CompletionOrder order, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(COLUMNS + from(courseId, scope, p) + " order by " + order.sql()
                + " limit :limit offset :offset", p, (rs, n) -> line(rs, courseId));
    }

    void each(String courseId, Subtrees scope, Consumer<Line> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        jdbc.query(COLUMNS + from(courseId, scope, p) + " order by " + CompletionOrder.STATUS.sql(), p, rs -> {
            sink.accept(line(rs, courseId));
        });
    }

    private static Line line(ResultSet rs, String courseId) throws SQLException {
        String course = rs.getString("course_id");
        return new Line(rs.getLong("id"), rs.getString("name"), rs.getString("staff_number"),
                rs.getString("unit_name"), course == null ? courseId : course, rs.getString("completed_lessons"),
                instant(rs, "started_at"), instant(rs, "completed_at"), rs.getBigDecimal("credited_hours"));
    }

    /**
     * The finished lessons (as stored, "1,3,4") per official and course of exactly these officials (a fixed-size
     * chunk: the caller pads it), only those in the subtrees or the reader's own official.
     */
    void finished(List<Long> chunk, Subtrees scope, Long self, Consumer<Object[]> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource("ids", chunk).addValue("self", self == null ? -1L : self);
        jdbc.query("select c.official_id, c.course_id, c.completed_lessons from course_progress c"
                + " join official o on o.id = c.official_id join org_unit u on u.id = o.unit_id"
                + " where c.official_id in (:ids) and (c.official_id = :self or " + scope.sql("u.path", p) + ")", p,
                rs -> {
                    sink.accept(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                });
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
