package org.xuefa.citygen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.xuefa.ServiceTestBase;
import org.xuefa.security.SystemTask;
import org.xuefa.support.StatementParameters;

/**
 * The city generator at small size, on an in-memory database of the city-scale tests (generated cities would change
 * the demo town's figures that other tests read; same settings as {@code ScaleParameterCountTest}, so one context
 * serves both): every table filled, deterministic for a seed, refuses a used code.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:xuefa-scale-parameters;DB_CLOSE_DELAY=-1")
@Import(StatementParameters.class)
class CityGeneratorTest extends ServiceTestBase {
    @Autowired
    CityGenerator generator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generates_a_city_the_same_way_for_a_seed() {
        var a = SystemTask.run(() -> generator.generate(new CityPlan(1000, 7, "ta", null, false)));
        var b = SystemTask.run(() -> generator.generate(new CityPlan(1000, 7, "tb", "tangpeng", false)));
        assertThat(a.rows().get("officials")).isEqualTo(1000);
        assertThat(count("official o join org_unit u on u.id = o.unit_id where u.path like '/ta/%'")).isEqualTo(1000);
        assertThat(b.rootPath()).isEqualTo("/tangpeng/tb/");
        assertThat(count("official o join org_unit u on u.id = o.unit_id where u.path like '/tangpeng/tb/%'"))
                .isEqualTo(1000);
        // the same seed: the same names, statuses and scores, whatever the codes
        assertThat(column("select o.name from official o join org_unit u on u.id = o.unit_id where u.path like ?"
                + " order by o.staff_number", "/ta/%")).isEqualTo(column("select o.name from official o join org_unit u"
                + " on u.id = o.unit_id where u.path like ? order by o.staff_number", "/tangpeng/tb/%"));
        assertThat(a.rows()).isEqualTo(b.rows());
        for (String status : List.of("PRESENT", "LATE", "EXCUSED", "ABSENT")) {
            assertThat(count("session_attendance where status = '" + status + "'")).isPositive();
        }
        assertThat(count("session_attendance a join official o on o.id = a.official_id join org_unit u"
                + " on u.id = o.unit_id where u.path like '/ta/%'")).isBetween(8_000L, 15_000L);
        assertThat(count("credential where suspended_on is not null")).isPositive();
        assertThat(count("credential where revoked_on is not null")).isPositive();
        assertThat(count("credential where expires_on < date '2026-11-26'")).isPositive();
        assertThat(count("credential_registration where passed = false")).isPositive();
        assertThat(count("post_assignment where assignment_type = 'CONCURRENT'")).isGreaterThan(3);
        assertThat(count("exam_attempt")).isGreaterThan(1000);
        assertThat(count("attempt_item")).isPositive();
        assertThat(count("course_progress where completed_at is not null")).isPositive();
        assertThat(count("study_credit where source = 'SESSION'")).isPositive();
        assertThat(count("generated_dataset where status = 'DONE' and root_code in ('ta', 'tb')")).isEqualTo(2);
        assertThat(SystemTask.run(generator::realOfficials)).isZero();
        assertThatThrownBy(() -> SystemTask.run(() -> generator.generate(new CityPlan(1000, 7, "ta", null, false))))
                .hasMessageContaining("exists already");
        // the identities carry on after the generated ids
        jdbc.update("insert into org_unit (version, code, name, kind, path, sort_order) values (0, 'after', 'x',"
                + " 'OTHER', '/after/', 0)");
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }

    private List<String> column(String sql, String arg) {
        return jdbc.queryForList(sql, String.class, arg);
    }
}
