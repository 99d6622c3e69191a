package org.xuefa.quiz;

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
 * An exam's results SQL on PostgreSQL (service tests run on H2): the audience of a unit rule with its subtree, the
 * counted attempt per official, who has not sat or failed, the attempts and the item analysis, against what the
 * test wrote. Runs with XUEFA_TEST_PG_URL (and always on CI), without a Spring context.
 */
@RequiresPostgres
class ExamResultsSqlPostgresTest {
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
    void results_per_unit_lists_and_item_analysis_are_counted_by_postgresql_as_by_hand() {
        String code = "px" + UUID.randomUUID().toString().substring(0, 8);
        long town = unit(code, null, "/" + code + "/");
        long office = unit(code + "-o", town, "/" + code + "/" + code + "-o/");
        long[] people = {official(code, 1, town), official(code, 2, office), official(code, 3, office),
            official(code, 4, office)};
        Instant now = Instant.parse("2026-05-01T02:00:00Z");
        jdbc.update("insert into exam (version, title, kind, owner_unit_id, opens_at, closes_at, time_limit_minutes,"
                + " pass_percent, good_percent, excellent_percent, attempts_allowed, counting, partial_credit, review,"
                + " certificate, status, created_at) values (0, ?, 'ANNUAL', ?, ?, ?, 60, 60, 75, 90, 3, 'HIGHEST',"
                + " false, 'AFTER_SUBMIT', false, 'PUBLISHED', ?)", code, town, ts(now), ts(now.plusSeconds(86_400)),
                ts(now));
        long exam = jdbc.queryForObject("select id from exam where title = ?", Long.class, code);
        jdbc.update("insert into exam_audience (exam_id, kind, unit_id) values (?, 'UNIT', ?)", exam, town);
        // person 0: fails, then passes (the highest counts); person 1: fails; persons 2 and 3 never sit
        long a1 = attempt(exam, people[0], 1, 2, "FAIL", now);
        long a2 = attempt(exam, people[0], 2, 5, "EXCELLENT", now.plusSeconds(60));
        long a3 = attempt(exam, people[1], 1, 1, "FAIL", now);
        for (long attempt : new long[] {a1, a2, a3}) {
            jdbc.update("insert into attempt_item (attempt_id, position, course_id, question_id, question_type,"
                    + " points, option_keys, option_tokens, answer_keys, awarded) values (?, 1, 'c', 'q1', 'SINGLE',"
                    + " 1, 'A,B', 'x,y', 'A', ?)", attempt, attempt == a2 ? 1 : 0);
        }
        ExamResultsSql sql = new ExamResultsSql(jdbc);
        var q = new ExamResultsSql.Query(exam, Counting.HIGHEST, town, new Subtrees(List.of("/" + code + "/")));

        List<Object[]> units = new ArrayList<>();
        sql.eachUnit(q, units::add);
        assertThat(units).hasSize(2);
        int audience = units.stream().mapToInt(u -> (Integer) u[1]).sum();
        int sat = units.stream().mapToInt(u -> (Integer) u[2]).sum();
        int passed = units.stream().mapToInt(u -> (Integer) u[3]).sum();
        assertThat(audience).isEqualTo(4);
        assertThat(sat).isEqualTo(2);
        assertThat(passed).as("person 0's best attempt counts").isEqualTo(1);
        assertThat(sql.people(q, false, 0, 10)).extracting(ExamSummary.Person::officialId)
                .containsExactlyInAnyOrder(people[2], people[3]);
        assertThat(sql.people(q, true, 0, 10)).extracting(ExamSummary.Person::officialId).containsExactly(people[1]);
        assertThat(sql.countAttempts(q)).isEqualTo(3);
        assertThat(sql.attempts(q, null, 0, 1)).extracting(AttemptRow::attemptId).containsExactly(a2);
        assertThat(sql.items(exam)).singleElement().satisfies(i -> {
            assertThat(i.answers()).isEqualTo(3);
            assertThat(i.facility()).isBetween(0.33, 0.34);
        });
        var latest = new ExamResultsSql.Query(exam, Counting.LATEST, town, q.scope());
        assertThat(sql.people(latest, true, 0, 10)).extracting(ExamSummary.Person::officialId)
                .containsExactly(people[1]);
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static long attempt(long exam, long official, int no, int score, String band, Instant at) {
        jdbc.update("insert into exam_attempt (version, exam_id, official_id, attempt_no, makeup, started_at,"
                + " deadline, submitted_at, status, score, max_score, percent, band) values (0, ?, ?, ?, false, ?, ?,"
                + " ?, 'SUBMITTED', ?, 5, ?, ?)", exam, official, no, ts(at), ts(at.plusSeconds(3600)),
                ts(at.plusSeconds(600)), score, score * 20, band);
        return jdbc.queryForObject("select id from exam_attempt where exam_id = ? and official_id = ? and"
                + " attempt_no = ?", Long.class, exam, official, no);
    }

    private static long unit(String code, Long parent, String path) {
        jdbc.update("insert into org_unit (version, code, name, kind, parent_id, path, sort_order)"
                + " values (0, ?, ?, 'TOWN', ?, ?, 0)", code, "镇" + code, parent, path);
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static long official(String code, int n, long unit) {
        String number = code + "-" + n;
        jdbc.update("insert into official (version, staff_number, name, unit_id, category, employment_type, active)"
                + " values (0, ?, ?, ?, 'STAFF', 'ESTABLISHED', true)", number, "人" + n, unit);
        return jdbc.queryForObject("select id from official where staff_number = ?", Long.class, number);
    }
}
