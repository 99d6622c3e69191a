package org.xuefa.citygen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.xuefa.base.Allowed;
import org.xuefa.course.CourseCatalog;

/**
 * Generates a city (see {@link CityPlan}) by JDBC batches, outside any one transaction: each batch commits, so
 * memory stays flat; the {@code generated_dataset} row says RUNNING until the end, DONE after. Refuses to write
 * beside real data (officials outside the demo towns and earlier generated cities) unless forced, and refuses a
 * city code already used. Meant for an otherwise idle database: it takes ids after the largest of each table and
 * restarts the identities afterwards.
 */
@Service
public class CityGenerator {
    private static final Logger log = LoggerFactory.getLogger(CityGenerator.class);
    private final JdbcTemplate jdbc;
    private final CourseCatalog catalog;
    private final Clock clock;

    CityGenerator(JdbcTemplate jdbc, CourseCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What was generated: the city's root unit, and row counts per table. */
    public record CityResult(Long rootUnitId, String rootCode, String rootPath, Map<String, Long> rows,
            Duration took) {
    }

    /** How many officials lie outside the demo towns and every generated city: real data. */
    @Allowed.Admins
    public long realOfficials() {
        Long n = jdbc.queryForObject("select count(*) from official o join org_unit u on u.id = o.unit_id"
                + " where u.path not like '/tangpeng/%' and u.path not like '/shijiao/%' and not exists"
                + " (select 1 from generated_dataset g where u.path like g.root_path || '%')", Long.class);
        return n == null ? 0 : n;
    }

    @Allowed.Admins
    public CityResult generate(CityPlan plan) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        long real = realOfficials();
        if (real > 0 && !plan.force()) {
            throw new IllegalStateException("The database holds " + real + " officials outside the demo towns and"
                    + " generated cities (real data): not writing a generated city beside them without --force");
        }
        Integer taken = jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, plan.code());
        if (taken != null && taken > 0) {
            throw new IllegalStateException("A unit with the code " + plan.code() + " exists already: choose"
                    + " another --code (or --seed)");
        }
        Long parentId = null;
        String parentPath = null;
        if (plan.parentCode() != null) {
            List<Map<String, Object>> parent = jdbc.queryForList("select id, path from org_unit where code = ?",
                    plan.parentCode());
            if (parent.isEmpty()) {
                throw new IllegalStateException("No unit with the code " + plan.parentCode() + " (--parent)");
            }
            parentId = ((Number) parent.get(0).get("id")).longValue();
            parentPath = (String) parent.get(0).get("path");
        }
        CityModel city = new CityModel(plan, clock);
        Ids ids = new Ids(jdbc);
        log.info("Generating city {} ({}市): {} officials, seed {}{}", plan.code(), city.cityName, plan.officials(),
                plan.seed(), parentId == null ? ", a new root" : ", under unit " + plan.parentCode());
        CityUnits units = new CityUnits(city, ids, jdbc);
        units.build(parentId, parentPath);
        String rootPath = city.root().path();
        jdbc.update("insert into generated_dataset (root_unit_id, root_code, root_path, seed, officials, status,"
                + " started_at) values (?, ?, ?, ?, ?, 'RUNNING', ?)", city.root().id(), plan.code(), rootPath,
                plan.seed(), plan.officials(), CityModel.at(started));
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("units", (long) city.units.size());
        step("units", t0, city.units.size());
        new CityPeople(city, units, ids, jdbc).write();
        rows.put("officials", (long) city.count);
        rows.put("posts", (long) city.posts.size());
        step("officials, posts and assignments", t0, city.count);
        new CityCredentials(city, ids, jdbc).write();
        rows.put("credentials", count("credential c join official o on o.id = c.holder_id", rootPath));
        step("credentials", t0, rows.get("credentials"));
        rows.put("attendance", new CityStudy(city, ids, jdbc).write());
        step("study sessions and attendance", t0, rows.get("attendance"));
        CityLearning learning = new CityLearning(city, ids, jdbc, catalog.courses());
        rows.put("examAttempts", learning.exam());
        step("exam attempts", t0, rows.get("examAttempts"));
        rows.put("coursesCompleted", learning.courses());
        step("course progress and hours", t0, rows.get("coursesCompleted"));
        ids.restartIdentities();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        jdbc.update("update generated_dataset set status = 'DONE', summary = ?, finished_at = ? where root_code = ?",
                rows + " in " + took.toSeconds() + " s", CityModel.at(clock.instant()), plan.code());
        log.info("Generated city {} under path {} in {} s: {}", plan.code(), rootPath, took.toSeconds(), rows);
        return new CityResult(city.root().id(), plan.code(), rootPath, rows, took);
    }

    private long count(String from, String rootPath) {
        Long n = jdbc.queryForObject("select count(*) from " + from + " join org_unit u on u.id = o.unit_id"
                + " where u.path like ?", Long.class, rootPath + "%");
        return n == null ? 0 : n;
    }

    private static void step(String what, long t0, long rows) {
        log.info("  {}: {} rows, {} s so far", what, rows, Duration.ofNanos(System.nanoTime() - t0).toSeconds());
    }
}
