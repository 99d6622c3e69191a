package org.xuefa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.base.i18n.Messages;
import org.xuefa.citygen.CityGenerator;
import org.xuefa.citygen.CityPlan;
import org.xuefa.security.Role;
import org.xuefa.security.SystemTask;
import org.xuefa.support.RequiresPostgres;

/**
 * Issue 11 on PostgreSQL: 70,000 officials in one HR scope (above the driver's 65,535 parameters per statement),
 * generated through the city generator. Every report screen opens and every export answers 200 with every row, and
 * the figures match counts computed here with plain SQL. Figures are read from the English CSV exports by their
 * column headings.
 */
@RequiresPostgres
@ActiveProfiles({"test", "demo", "pgtest"})
@TestPropertySource(properties = "xuefa.citygen.batched-inserts=true")
class CityScalePostgresTest extends KaribuTestBase {
    private static final int OFFICIALS = 70_000;
    private static final String YEAR = "?from=2025-11-01&to=2026-11-26";
    @Autowired
    CityGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext web;
    @Autowired
    Messages messages;

    @Test
    void every_report_and_export_holds_a_scope_of_70000() throws Exception {
        long t0 = System.nanoTime();
        String code = "pg" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        var city = SystemTask.run(() -> generator.generate(new CityPlan(OFFICIALS, 3, code, null, true)));
        String hr = fixtures.newAccount(Role.HR, city.rootUnitId(), null);
        String scope = city.rootPath() + "%";
        long generated = System.nanoTime();
        assertThat(count("official o join org_unit u on u.id = o.unit_id where u.path like ?", scope))
                .isEqualTo(OFFICIALS);

        SoftAssertions soft = new SoftAssertions();
        loginAs(hr);
        Long exam = jdbc.queryForObject("select id from exam where owner_unit_id = ?", Long.class, city.rootUnitId());
        for (String route : List.of("", "staffing", "credentials", "attendance", "course-completions",
                "manage/exams/" + exam + "/results")) {
            try {
                open(route);
            } catch (RuntimeException | AssertionError e) {
                soft.fail("screen /" + route + " failed: " + e);
            }
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        Function<String, MockHttpServletResponse> fetch = path -> {
            try {
                return mvc.perform(get(path).header("Accept-Language", "en")
                        .with(user(userDetailsService.loadUserByUsername(hr)))).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(path, e);
            }
        };
        String course = jdbc.queryForObject("select min(course_id) from course_progress", String.class);
        for (String path : List.of("/export/staffing-gaps.xlsx", "/export/credentials.xlsx",
                "/export/attendance/people.csv" + YEAR, "/export/attendance/units.csv" + YEAR,
                "/export/attendance/sessions.xlsx" + YEAR, "/export/exams/" + exam + "/results.csv",
                "/export/exams/" + exam + "/results.xlsx", "/export/course-completions.xlsx?course=" + course)) {
            soft.assertThat(status(fetch, path)).as(path).isEqualTo(200);
        }

        // the staffing report: establishment, filled and part-time totals
        List<String[]> staffing = csv(fetch, "/export/staffing-gaps.csv", soft);
        if (!staffing.isEmpty()) {
            soft.assertThat(sum(staffing, "staffing.col.established")).as("established").isEqualTo(count(
                    "post p join org_unit u on u.id = p.unit_id where u.path like ?", scope, "sum(p.establishment)"));
            soft.assertThat(sum(staffing, "staffing.col.filled")).as("filled").isEqualTo(count("post_assignment a"
                    + " join post p on p.id = a.post_id join org_unit u on u.id = p.unit_id join official o"
                    + " on o.id = a.official_id where u.path like ? and a.assignment_type = 'PRIMARY'"
                    + " and o.employment_type = 'ESTABLISHED' and a.end_date is null", scope));
            soft.assertThat(sum(staffing, "staffing.col.concurrent")).as("part-time").isEqualTo(count(
                    "post_assignment a join post p on p.id = a.post_id join org_unit u on u.id = p.unit_id"
                    + " where u.path like ? and a.assignment_type = 'CONCURRENT' and a.end_date is null", scope));
        }
        // the credential register: every credential once, each status as its dates say
        List<String[]> credentials = csv(fetch, "/export/credentials.csv", soft);
        if (!credentials.isEmpty()) {
            String held = "credential c join official o on o.id = c.holder_id join org_unit u on u.id = o.unit_id"
                    + " where u.path like ?";
            soft.assertThat(credentials.size() - 1L).as("credentials").isEqualTo(count(held, scope));
            int col = column(credentials, "credential.col.status");
            Map<String, Long> statuses = credentials.stream().skip(1).collect(Collectors.groupingBy(r -> r[col],
                    Collectors.counting()));
            String today = "date '2026-11-26'";
            soft.assertThat(statuses.getOrDefault(label("REVOKED"), 0L)).as("revoked")
                    .isEqualTo(count(held + " and c.revoked_on <= " + today, scope));
            soft.assertThat(statuses.getOrDefault(label("SUSPENDED"), 0L)).as("suspended").isEqualTo(count(held
                    + " and c.revoked_on is null and c.suspended_on <= " + today, scope));
            soft.assertThat(statuses.getOrDefault(label("EXPIRED"), 0L)).as("expired").isEqualTo(count(held
                    + " and c.revoked_on is null and c.suspended_on is null and c.expires_on < " + today, scope));
            soft.assertThat(statuses.getOrDefault(label("EXPIRING"), 0L)).as("expiring").isEqualTo(count(held
                    + " and c.revoked_on is null and c.suspended_on is null and c.expires_on >= " + today
                    + " and c.expires_on <= " + today + " + interval '6 months'", scope));
        }
        // course completions of one course: every official of the scope who is active or has started it
        List<String[]> completions = csv(fetch, "/export/course-completions.csv?course=" + course, soft);
        if (!completions.isEmpty()) {
            soft.assertThat(completions.size() - 1L).as("course completions").isEqualTo(count("official o"
                    + " join org_unit u on u.id = o.unit_id where u.path like ? and (o.active = true or exists"
                    + " (select 1 from course_progress p where p.official_id = o.id and p.course_id = '" + course
                    + "'))", scope));
        }
        System.out.printf("CityScalePostgresTest: generated %d officials in %d s, checked in %d s%n", OFFICIALS,
                Duration.ofNanos(generated - t0).toSeconds(), Duration.ofNanos(System.nanoTime() - generated)
                        .toSeconds());
        soft.assertAll();
    }

    @SuppressWarnings("rawtypes")
    private void open(String route) {
        UI.getCurrent().navigate(route);
        for (Grid grid : LocatorJ._find(Grid.class)) {
            GridKt._fetch(grid, 0, 50);
            GridKt._size(grid);
        }
    }

    private static int status(Function<String, MockHttpServletResponse> fetch, String path) {
        try {
            return fetch.apply(path).getStatus();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The export's rows, or none (and a failure noted) when it does not answer 200. */
    private List<String[]> csv(Function<String, MockHttpServletResponse> fetch, String name, SoftAssertions soft)
            throws Exception {
        MockHttpServletResponse response;
        try {
            response = fetch.apply(name);
        } catch (RuntimeException e) {
            soft.fail(name + " failed: " + e.getCause());
            return List.of();
        }
        if (response.getStatus() != 200) {
            soft.fail(name + " answered " + response.getStatus());
            return List.of();
        }
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return Arrays.stream(text.split("\r?\n")).filter(l -> !l.isBlank()).map(CityScalePostgresTest::cells)
                .toList();
    }

    /** One CSV line's cells (quoted cells may hold commas; the generated names and units hold no line breaks). */
    private static String[] cells(String line) {
        return Arrays.stream(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .map(c -> c.startsWith("\"") && c.endsWith("\"") && c.length() > 1
                        ? c.substring(1, c.length() - 1).replace("\"\"", "\"") : c)
                .toArray(String[]::new);
    }

    private int column(List<String[]> table, String key) {
        String heading = messages.getTranslation(key, Messages.ENGLISH);
        List<String> headings = Arrays.asList(table.get(0));
        assertThat(headings).as("headings of the export").contains(heading);
        return headings.indexOf(heading);
    }

    private long sum(List<String[]> table, String key) {
        int col = column(table, key);
        return table.stream().skip(1).map(r -> col < r.length ? r[col] : "").filter(v -> v.matches("\\d+"))
                .mapToLong(Long::parseLong).sum();
    }

    private String label(String status) {
        return messages.getTranslation("credentialStatus." + status, Messages.ENGLISH);
    }

    private long count(String from, String scope) {
        return count(from, scope, "count(*)");
    }

    private long count(String from, String scope, String what) {
        Long n = jdbc.queryForObject("select " + what + " from " + from, Long.class, scope);
        return n == null ? 0 : n;
    }
}
