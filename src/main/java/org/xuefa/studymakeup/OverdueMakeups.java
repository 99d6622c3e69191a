package org.xuefa.studymakeup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.people.ReportScopes;

/**
 * Make-up tasks past their due date in the sessions of the organizer's subtree: the organizer decides whether to
 * give more time ({@link MakeupTasks#changeDue}). Counted and listed by session in SQL through the subtree's
 * {@code org_unit.path}, never the tasks themselves.
 */
@Service
@Transactional(readOnly = true)
public class OverdueMakeups {
    private static final String OVERDUE = " from makeup_task t join study_session s on s.id = t.session_id"
            + " join org_unit u on u.id = s.unit_id where t.status = 'OPEN' and t.due_on < :today and %s";
    private final ReportScopes scopes;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OverdueMakeups(ReportScopes scopes, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A session with overdue make-up tasks: how many, and the earliest due date among them. */
    public record OverdueSession(Long sessionId, String title, long overdue, LocalDate earliestDue) {
    }

    /** How many open make-up tasks of the organizer's sessions are overdue. */
    @Allowed.Organizers
    public long count() {
        MapSqlParameterSource p = new MapSqlParameterSource("today", LocalDate.now(clock));
        Long n = jdbc.queryForObject("select count(*)" + OVERDUE.formatted(scopes.organized().sql("u.path", p)), p,
                Long.class);
        return n == null ? 0 : n;
    }

    /** The first {@code limit} sessions with overdue tasks, the longest overdue first. */
    @Allowed.Organizers
    public List<OverdueSession> sessions(int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("limit", Math.max(limit, 1));
        return jdbc.query("select s.id, s.title, count(*) as overdue, min(t.due_on) as earliest"
                + OVERDUE.formatted(scopes.organized().sql("u.path", p))
                + " group by s.id, s.title order by earliest, s.id limit :limit", p,
                (rs, n) -> new OverdueSession(rs.getLong("id"), rs.getString("title"), rs.getLong("overdue"),
                        rs.getObject("earliest", LocalDate.class)));
    }
}
