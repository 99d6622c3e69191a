package org.xuefa;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.citygen.CityGenerator;
import org.xuefa.citygen.CityPlan;
import org.xuefa.people.Officials;
import org.xuefa.security.Role;
import org.xuefa.security.SystemTask;
import org.xuefa.support.StatementParameters;

/**
 * Issue 11: no statement the reports, registers and exports send may grow with the data. Generates a city of 1,000
 * officials and one of 2,000 (each its own HR scope), opens every report screen and fetches every export as the
 * city's HR, and compares, screen by screen, the largest number of parameters of any one statement. Runs on its own
 * in-memory database, since generated cities would change the demo town's figures.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:xuefa-scale-parameters;DB_CLOSE_DELAY=-1")
@Import(StatementParameters.class)
class ScaleParameterCountTest extends KaribuTestBase {
    private static final String YEAR = "?from=2025-11-01&to=2026-11-26";
    @Autowired
    CityGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext web;
    @Autowired
    Officials officials;

    @Test
    void the_largest_statement_is_the_same_for_1000_and_2000_officials() {
        Map<String, StatementParameters.Largest> small = measure(city(1000, "pcsmall"));
        Map<String, StatementParameters.Largest> large = measure(city(2000, "pclarge"));
        small.forEach((feature, s) -> System.out.printf("%-45s %6d %6d  %s%n", feature, s.parameters(),
                large.get(feature).parameters(), abbreviate(large.get(feature).sql())));
        SoftAssertions soft = new SoftAssertions();
        small.forEach((feature, s) -> {
            StatementParameters.Largest l = large.get(feature);
            soft.assertThat(s.parameters()).as("%s with 1,000 officials: %s", feature, s.sql()).isNotNegative();
            soft.assertThat(l.parameters()).as("%s with 2,000 officials: %s", feature, l.sql()).isNotNegative();
            soft.assertThat(l.parameters()).as("%s: largest statement with 1,000 officials (%d parameters: %s)"
                    + " and with 2,000 (%s)", feature, s.parameters(), abbreviate(s.sql()), abbreviate(l.sql()))
                    .isEqualTo(s.parameters());
        });
        soft.assertAll();
    }

    /** Generates a city as its own root and returns the user name of an HR account over it. */
    private String city(int officials, String code) {
        var result = SystemTask.run(() -> generator.generate(new CityPlan(officials, 11, code, null, false)));
        return fixtures.newAccount(Role.HR, result.rootUnitId(), null);
    }

    private Map<String, StatementParameters.Largest> measure(String hr) {
        Map<String, StatementParameters.Largest> largest = new LinkedHashMap<>();
        loginAs(hr);
        for (String route : new String[] {"", "staffing", "credentials", "attendance", "course-completions", "officials",
            "study-plan", "overview"}) {
            largest.put("screen /" + route, screen(route));
        }
        Long exam = jdbc.queryForObject("select max(e.id) from exam e join org_unit u on u.id = e.owner_unit_id"
                + " join user_account a on a.username = ? join role_grant g on g.account_id = a.id"
                + " where u.id = g.org_unit_id", Long.class, hr);
        largest.put("screen exam results", screen("manage/exams/" + exam + "/results"));
        largest.put("picker of officials", measured(() -> {
            officials.pick("", Role.HR, 0, 50);
            officials.countPicks("", Role.HR);
        }));
        String course = jdbc.queryForObject("select min(course_id) from course_progress", String.class);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        for (String path : new String[] {"/export/staffing-gaps.csv", "/export/staffing-gaps.xlsx",
            "/export/credentials.csv", "/export/credentials.xlsx", "/export/attendance/people.csv" + YEAR,
            "/export/attendance/units.xlsx" + YEAR, "/export/attendance/sessions.csv" + YEAR,
            "/export/exams/" + exam + "/results.csv", "/export/exams/" + exam + "/results.xlsx",
            "/export/course-completions.csv?course=" + course}) {
            largest.put("export " + path.replaceAll("\\?.*", "").replaceAll("/\\d+/", "/{id}/"), measured(() -> {
                int status = mvc.perform(get(path).header("Accept-Language", "zh-CN")
                        .with(user(userDetailsService.loadUserByUsername(hr)))).andReturn().getResponse().getStatus();
                if (status != 200) {
                    throw new AssertionError(path + " answered " + status);
                }
            }));
        }
        Long root = jdbc.queryForObject("select g.org_unit_id from role_grant g join user_account a"
                + " on a.id = g.account_id where a.username = ?", Long.class, hr);
        awaiting(root);
        loginAs(fixtures.newAccount(Role.ORGANIZER, root, null));
        largest.put("organizer inbox: start-page card", screen(""));
        largest.put("organizer inbox: /inbox", screen("inbox"));
        return largest;
    }

    /**
     * Something of each kind in the city's organizer inbox (its generated year is all closed): a leave request
     * pending for a session moved ahead, a session ended unclosed, an overdue make-up task.
     */
    private void awaiting(Long root) {
        Long leave = jdbc.queryForObject("select max(l.id) from session_leave l join study_session s"
                + " on s.id = l.session_id join org_unit u on u.id = s.unit_id join org_unit r on r.id = ?"
                + " where u.path like concat(r.path, '%')", Long.class, root);
        Long ahead = jdbc.queryForObject("select session_id from session_leave where id = ?", Long.class, leave);
        Long ended = jdbc.queryForObject("select min(s.id) from study_session s join org_unit u on u.id = s.unit_id"
                + " join org_unit r on r.id = ? where u.path like concat(r.path, '%') and s.id <> ?", Long.class, root,
                ahead);
        OffsetDateTime start = TestClockConfig.NOW.plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC);
        jdbc.update("update study_session set status = 'SCHEDULED', closed_at = null, starts_at = ?, ends_at = ?"
                + " where id = ?", start, start.plusHours(1), ahead);
        jdbc.update("update session_leave set status = 'PENDING', decided_at = null, decided_by = null where id = ?",
                leave);
        jdbc.update("update study_session set status = 'SCHEDULED', closed_at = null where id = ?", ended);
        jdbc.update("insert into makeup_task (version, session_id, official_id, reason, status, assigned_at, due_on,"
                + " passed_quizzes) select 0, session_id, official_id, status, 'OPEN', recorded_at, ?, ''"
                + " from session_attendance where session_id = ? and status in ('ABSENT', 'EXCUSED')",
                LocalDate.of(2026, 1, 1), ended);
    }

    /** Opens a screen and fetches the first page of every grid on it, as the browser would. */
    @SuppressWarnings("rawtypes")
    private StatementParameters.Largest screen(String route) {
        return measured(() -> {
            UI.getCurrent().navigate(route);
            for (Grid grid : LocatorJ._find(Grid.class)) {
                GridKt._fetch(grid, 0, 50);
                GridKt._size(grid);
            }
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    /** The largest statement sent while the work ran; a failure counts as a statement of -1 parameters. */
    private StatementParameters.Largest measured(Work work) {
        StatementParameters.reset();
        try {
            work.run();
        } catch (Exception | AssertionError e) {
            return new StatementParameters.Largest(-1, "failed: " + e);
        }
        return StatementParameters.largest();
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 300 ? sql : sql.substring(0, 300) + "…";
    }
}
