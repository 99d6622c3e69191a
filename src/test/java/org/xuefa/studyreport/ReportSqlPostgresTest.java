package org.xuefa.studyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
 * The attendance report's SQL on PostgreSQL (the service tests run on H2): a town of its own, written with plain
 * SQL into a migrated database, and its figures against what the test wrote. Runs with XUEFA_TEST_PG_URL (and
 * always on CI), without a Spring context.
 */
@RequiresPostgres
class ReportSqlPostgresTest {
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
    void people_units_and_sessions_are_counted_by_postgresql_as_by_hand() {
        String code = "pg_" + UUID.randomUUID().toString().substring(0, 8); // '_' must not act as a wildcard
        long town = unit(code, null, "/" + code + "/");
        long office = unit(code + "-o", town, "/" + code + "/" + code + "-o/");
        long[] people = {official(code, 1, town), official(code, 2, office), official(code, 3, office)};
        Instant day = Instant.parse("2026-03-02T02:00:00Z");
        // person 0: absent, excused, absent (a run of two); person 1: present twice and late; person 2: absent once
        String[][] marks = {{"ABSENT", "EXCUSED", "ABSENT"}, {"PRESENT", "PRESENT", "LATE"}, {"ABSENT", null, null}};
        List<Long> sessions = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            long id = session(town, day.plusSeconds(86_400L * 7 * s));
            sessions.add(id);
            for (int p = 0; p < 3; p++) {
                if (marks[p][s] != null) {
                    jdbc.update("insert into session_attendance (version, session_id, official_id, status, source,"
                            + " recorded_at, recorded_by) values (0, ?, ?, ?, 'MANUAL', ?, 'test')", id, people[p],
                            marks[p][s], Timestamp.from(day));
                    if (marks[p][s].equals("ABSENT") || marks[p][s].equals("EXCUSED")) {
                        jdbc.update("insert into makeup_task (version, session_id, official_id, reason, status,"
                                + " assigned_at, due_on, passed_quizzes) values (0, ?, ?, ?, ?, ?, ?, '')", id,
                                people[p], marks[p][s], p == 2 ? "DONE" : "OPEN", Timestamp.from(day),
                                Date.valueOf(LocalDate.of(2026, 4, 1)));
                    }
                }
            }
        }
        AttendanceSql sql = new AttendanceSql(jdbc);
        var q = new AttendanceSql.Query(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
                new Subtrees(List.of("/" + code + "/")));

        assertThat(sql.countPeople(q)).isEqualTo(3);
        assertThat(sql.countSessions(q)).isEqualTo(3);
        List<PersonReportRow> rows = sql.people(q, 2, PersonOrder.FLAGGED_FIRST, 0, 10);
        assertThat(rows).extracting(PersonReportRow::officialId).containsExactly(people[0], people[1], people[2]);
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.longestUnexcusedRun()).isEqualTo(2);
            assertThat(r.flagged()).isTrue();
            assertThat(r.rate()).isEqualTo(0.0);
            assertThat(r.makeupTotal()).isEqualTo(3);
        });
        assertThat(rows.get(1).rate()).isEqualTo(1.0);
        assertThat(rows.get(2)).satisfies(r -> {
            assertThat(r.invited()).isEqualTo(1);
            assertThat(r.makeupDone()).isEqualTo(1);
        });
        assertThat(sql.people(q, 2, PersonOrder.RATE_ASCENDING, 0, 1)).extracting(PersonReportRow::rate)
                .containsExactly(0.0);
        List<AttendanceSql.UnitSums> units = new ArrayList<>();
        sql.eachUnit(q, 2, units::add);
        assertThat(units).hasSize(2).anySatisfy(u -> {
            assertThat(u.unitId()).isEqualTo(office);
            assertThat(u.sums()[0]).as("people").isEqualTo(2);
            assertThat(u.sums()[1]).as("invited").isEqualTo(4);
        });
        List<SessionReportRow> list = sql.sessions(q, 0, 10);
        assertThat(list).hasSize(3);
        assertThat(list.get(0).sessionId()).as("latest first").isEqualTo(sessions.get(2));
        assertThat(list.get(2)).satisfies(s -> {
            assertThat(s.invited()).isEqualTo(3);
            assertThat(s.makeupTotal()).isEqualTo(2);
            assertThat(s.makeupDone()).isEqualTo(1);
        });
        var officeOnly = new AttendanceSql.Query(q.from(), q.to(), new Subtrees(List.of("/" + code + "/" + code
                + "-o/")));
        assertThat(sql.countPeople(officeOnly)).isEqualTo(2);
        assertThat(sql.countSessions(officeOnly)).as("sessions are the town's").isZero();
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

    private static long session(long unit, Instant start) {
        String title = "pg " + UUID.randomUUID();
        jdbc.update("insert into study_session (version, unit_id, kind, title, starts_at, ends_at, credit_hours,"
                + " status, created_at) values (0, ?, 'THEMATIC', ?, ?, ?, 1, 'CLOSED', ?)", unit, title,
                Timestamp.from(start), Timestamp.from(start.plusSeconds(1800)), Timestamp.from(start));
        return jdbc.queryForObject("select id from study_session where title = ?", Long.class, title);
    }
}
