package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.xuefa.people.Subtrees;
import org.xuefa.support.RequiresPostgres;

/**
 * The completion report's SQL on PostgreSQL: for one course everyone in scope, who has not started included, in
 * the default order and by a column; without a course only the started. Runs with XUEFA_TEST_PG_URL or on CI.
 */
@RequiresPostgres
class CompletionsSqlPostgresTest {
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        DriverManagerDataSource ds = new DriverManagerDataSource(System.getenv("XUEFA_TEST_PG_URL"),
                System.getenv().getOrDefault("XUEFA_TEST_PG_USER", "xuefa"),
                System.getenv().getOrDefault("XUEFA_TEST_PG_PASSWORD", "xuefa"));
        Flyway.configure().dataSource(ds).load().migrate();
        jdbc = new JdbcTemplate(ds);
    }

    @Test
    void one_course_lists_who_completed_started_and_has_not_started() {
        String code = "pc" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into org_unit (version, code, name, kind, path, sort_order) values (0, ?, ?, 'TOWN', ?, 0)",
                code, "镇" + code, "/" + code + "/");
        long town = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
        List<Long> people = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            jdbc.update("insert into official (version, staff_number, name, unit_id, category, employment_type,"
                    + " active) values (0, ?, ?, ?, 'STAFF', 'ESTABLISHED', true)", code + "-" + n, "人" + n, town);
            people.add(jdbc.queryForObject("select id from official where staff_number = ?", Long.class,
                    code + "-" + n));
        }
        Instant at = Instant.parse("2026-06-01T02:00:00Z");
        progress(people.get(0), "1,2", at, at.plusSeconds(600));
        progress(people.get(1), "1", at, null);
        CompletionsSql sql = new CompletionsSql(jdbc);
        Subtrees scope = new Subtrees(List.of("/" + code + "/"));

        assertThat(sql.count("law-a", scope)).isEqualTo(3);
        assertThat(sql.page("law-a", scope, CompletionOrder.STATUS, 0, 10)).extracting(CompletionsSql.Line::officialId)
                .containsExactly(people.get(0), people.get(1), people.get(2));
        assertThat(sql.page("law-a", scope, CompletionOrder.STATUS, 2, 10)).singleElement()
                .satisfies(l -> assertThat(l.startedAt()).as("not started").isNull());
        assertThat(sql.page("law-a", scope, CompletionOrder.COMPLETED, 0, 1)).extracting(CompletionsSql.Line::officialId)
                .containsExactly(people.get(0));
        assertThat(sql.count(null, scope)).as("all courses: the started only").isEqualTo(2);
    }

    private static void progress(long official, String lessons, Instant started, Instant completed) {
        jdbc.update("insert into course_progress (version, official_id, course_id, course_version, last_lesson,"
                + " completed_lessons, started_at, updated_at, completed_at) values (0, ?, 'law-a', 1, 1, ?, ?, ?, ?)",
                official, lessons, Timestamp.from(started), Timestamp.from(started),
                completed == null ? null : Timestamp.from(completed));
    }
}
