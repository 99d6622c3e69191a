package org.xuefa.base;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.xuefa.support.RequiresPostgres;

/** The same checks of files in the database on PostgreSQL (bytea). Runs with XUEFA_TEST_PG_URL and always on CI. */
@RequiresPostgres
class DatabaseFilesPostgresTest implements StoredFilesContract {
    private static DriverManagerDataSource dataSource;
    private StoredFilesChecks checks;

    @BeforeAll
    static void migrate() {
        dataSource = new DriverManagerDataSource(System.getenv("XUEFA_TEST_PG_URL"),
                System.getenv().getOrDefault("XUEFA_TEST_PG_USER", "xuefa"),
                System.getenv().getOrDefault("XUEFA_TEST_PG_PASSWORD", "xuefa"));
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @BeforeEach
    void setUp() {
        checks = new StoredFilesChecks(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
    }

    @Override
    public StoredFilesChecks checks() {
        return checks;
    }
}
