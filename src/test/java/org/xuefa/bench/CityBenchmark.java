package org.xuefa.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.KaribuTestBase;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.citygen.CityGenerator;
import org.xuefa.citygen.CityPlan;
import org.xuefa.security.SystemTask;

/**
 * City-scale benchmarks (issue 11), rerun by hand (the name does not end in Test): a city generated under the demo
 * town (so the demo {@code hr} sees it all in one scope), then each screen and export as {@code hr}, a warm-up and
 * {@code bench.runs} timed runs, p50/p95, the heap peak above idle while it ran, and on PostgreSQL
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of each feature's slowest queries. See docs/benchmarks.md, "City-scale reports".
 *
 * <pre>
 * mvn -B test -Dtest=CityBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.officials=100000
 * cat target/bench/city-benchmark.txt target/bench/city-explain.txt
 * </pre>
 *
 * Properties: {@code bench.officials} (2000), {@code bench.runs} (10), {@code bench.seed} (1), {@code bench.only}
 * (run only the features whose name contains it, e.g. {@code /overview}). A city of that size
 * already generated under the demo town is reused. PostgreSQL: add {@code -Dspring.datasource.url=jdbc:postgresql:
 * //localhost:5432/DB -Dspring.datasource.username=xuefa -Dspring.datasource.password=xuefa
 * -Dxuefa.citygen.batched-inserts=true}.
 */
@Import(StatementLog.class)
class CityBenchmark extends KaribuTestBase {
    private static final Path REPORT = Path.of("target", "bench", "city-benchmark.txt");
    private static final Path EXPLAIN = Path.of("target", "bench", "city-explain.txt");
    private static final String YEAR = "?from=2025-11-01&to=2026-11-26";
    private final int officials = Integer.getInteger("bench.officials", 2000);
    private final int runs = Integer.getInteger("bench.runs", 10);
    private final long seed = Long.getLong("bench.seed", 1L);

    @Autowired
    CityGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext web;

    private interface Work {
        void run() throws Exception;
    }

    @Test
    void city_scale_reports() throws Exception {
        long t0 = System.nanoTime();
        String city = city();
        long generation = (System.nanoTime() - t0) / 1_000_000;
        boolean postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase(Locale.ROOT).contains("postgres");
        Long exam = jdbc.queryForObject("select e.id from exam e join generated_dataset g on g.root_unit_id ="
                + " e.owner_unit_id where g.root_code = ?", Long.class, city);
        String course = jdbc.queryForObject("select min(course_id) from course_progress", String.class);
        Map<String, Work> features = new LinkedHashMap<>();
        features.put("start page (hr)", () -> screen(""));
        features.put("staffing report /staffing", () -> screen("staffing"));
        features.put("credential register, first page", () -> screen("credentials"));
        features.put("credential register, filtered (expiring)", () -> {
            screen("credentials");
            filterExpiring();
        });
        features.put("attendance screen", () -> screen("attendance"));
        features.put("exam results per unit (screen)", () -> screen("manage/exams/" + exam + "/results"));
        features.put("leaders' overview /overview", () -> screen("overview"));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        for (String path : List.of("/export/staffing-gaps.csv", "/export/staffing-gaps.xlsx",
                "/export/credentials.csv", "/export/credentials.xlsx", "/export/attendance/units.csv" + YEAR,
                "/export/attendance/units.xlsx" + YEAR, "/export/attendance/people.csv" + YEAR,
                "/export/attendance/sessions.csv" + YEAR, "/export/exams/" + exam + "/results.csv",
                "/export/exams/" + exam + "/results.xlsx", "/export/course-completions.csv?course=" + course,
                "/export/course-completions.xlsx?course=" + course)) {
            features.put(path.replaceAll("\\?.*", ""), () -> {
                var response = mvc.perform(get(path).header("Accept-Language", "zh-CN")
                        .with(user(userDetailsService.loadUserByUsername("hr")))).andReturn().getResponse();
                if (response.getStatus() != 200) {
                    throw new IllegalStateException("HTTP " + response.getStatus());
                }
            });
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "=== City-scale benchmark: %d officials generated under the demo town (city %s), as hr ===%n"
                + "database %s; generation (or reuse) %d ms; %d runs after one warm-up; heap = peak used above"
                + " idle while the runs ran (sampled every 5 ms; garbage included), after GC = the largest heap left"
                + " after a collection during the runs, above idle%n%-48s %9s %9s %9s %10s %10s  %s%n", officials, city,
                postgres ? "PostgreSQL" : "H2", generation, runs, "feature", "p50 ms", "p95 ms", "max ms",
                "heap MB", "after GC", "result"));
        StringBuilder explain = new StringBuilder();
        String only = System.getProperty("bench.only", "");
        for (Map.Entry<String, Work> f : features.entrySet()) {
            if (!f.getKey().contains(only)) {
                continue;
            }
            report.append(measure(f.getKey(), f.getValue()));
            if (postgres) {
                explain.append(explain(f.getKey(), f.getValue()));
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        if (postgres) {
            Files.writeString(EXPLAIN, explain);
        }
        System.out.println(report);
    }

    /** The generated city to measure: one of this size under the demo town, else a new one. */
    private String city() {
        List<String> done = jdbc.queryForList("select root_code from generated_dataset where status = 'DONE' and"
                + " officials = ? and root_path like '/tangpeng/%'", String.class, officials);
        if (!done.isEmpty()) {
            return done.get(0);
        }
        String code = "bench" + officials / 1000 + "k" + seed;
        SystemTask.run(() -> generator.generate(new CityPlan(officials, seed, code, "tangpeng", true)));
        return code;
    }

    @SuppressWarnings("rawtypes")
    private void screen(String route) {
        loginAs("hr");
        UI.getCurrent().navigate(route);
        for (Grid grid : LocatorJ._find(Grid.class)) {
            GridKt._fetch(grid, 0, 50);
            GridKt._size(grid);
        }
    }

    /** Picks "expiring" in the register's status filter, whichever field offers it, and reads the grid again. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void filterExpiring() {
        for (Select select : LocatorJ._find(Select.class)) {
            if (select.getListDataView().getItems().anyMatch(CredentialStatus.EXPIRING::equals)) {
                select.setValue(CredentialStatus.EXPIRING);
            }
        }
        for (ComboBox box : LocatorJ._find(ComboBox.class)) {
            if (box.getListDataView().getItems().anyMatch(CredentialStatus.EXPIRING::equals)) {
                box.setValue(CredentialStatus.EXPIRING);
            }
        }
        for (Grid grid : LocatorJ._find(Grid.class)) {
            GridKt._fetch(grid, 0, 50);
            GridKt._size(grid);
        }
    }

    private String measure(String name, Work work) {
        List<Double> millis = new ArrayList<>();
        String result = "ok";
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long idle = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(idle);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        AtomicLong afterGc = new AtomicLong(idle);
        Runnable stopListening = AfterGc.listen(afterGc);
        try {
            for (int i = 0; i <= runs; i++) {
                long t = System.nanoTime();
                work.run();
                if (i > 0) {
                    millis.add((System.nanoTime() - t) / 1e6);
                }
            }
        } catch (Exception | AssertionError e) {
            result = "FAILED: " + e;
        } finally {
            sampler.interrupt();
            stopListening.run();
        }
        millis.sort(Double::compare);
        return String.format(Locale.ROOT, "%-48s %9.0f %9.0f %9.0f %10.0f %10.0f  %s%n", name, percentile(millis, 50),
                percentile(millis, 95), millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1),
                (peak.get() - idle) / 1048576.0, (afterGc.get() - idle) / 1048576.0, result);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Runs the feature once more with the statement log on, and explains its three slowest queries. */
    private String explain(String name, Work work) {
        StringBuilder out = new StringBuilder("=== " + name + " ===\n");
        StatementLog.start();
        try {
            work.run();
        } catch (Exception | AssertionError e) {
            out.append("failed: ").append(e).append('\n');
        }
        for (StatementLog.Executed q : StatementLog.stop(3)) {
            out.append(String.format(Locale.ROOT, "-- %.1f ms: %s%n", q.millis(), q.sql()));
            try {
                jdbc.query("explain (analyze, buffers) " + q.sql(), ps -> {
                    for (var p : q.parameters().entrySet()) {
                        ps.setObject(p.getKey(), p.getValue());
                    }
                }, rs -> {
                    out.append(rs.getString(1)).append('\n');
                });
            } catch (RuntimeException e) {
                out.append("(could not explain: ").append(e.getMessage()).append(")\n");
            }
        }
        return out.append('\n').toString();
    }
}
