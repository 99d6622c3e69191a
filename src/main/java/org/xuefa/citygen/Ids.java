package org.xuefa.citygen;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Explicit ids for the generated rows, after the largest id each table holds, and afterwards the identity of each
 * table restarted after the largest id so that the application's own inserts carry on (H2: {@code alter column
 * restart with}; PostgreSQL: {@code setval} of the identity's sequence). Nothing else may write meanwhile.
 */
final class Ids {
    private static final Set<String> TABLES = Set.of("org_unit", "post", "official", "post_assignment", "credential",
            "credential_registration", "study_session", "session_attendance", "session_leave", "study_credit",
            "exam", "exam_attempt", "attempt_item", "course_progress");
    private final JdbcTemplate jdbc;
    private final Map<String, Long> next = new LinkedHashMap<>();

    Ids(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long next(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        long id = next.computeIfAbsent(table, t -> max(t) + 1);
        next.put(table, id + 1);
        return id;
    }

    private long max(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Restarts the identity of every table written after its largest id; on PostgreSQL then refreshes the planner's
     * statistics (ANALYZE), as after any bulk load: without them the planner takes the tables for
     * as small as before and picks nested loops that make the reports quadratic until autovacuum catches up.
     */
    void restartIdentities() {
        boolean postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
        for (String table : next.keySet()) {
            long after = max(table) + 1;
            if (postgres) {
                jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), ?, false)",
                        Long.class, after);
            } else {
                jdbc.execute("alter table " + table + " alter column id restart with " + after);
            }
        }
        if (postgres) {
            jdbc.execute("analyze");
        }
    }
}
