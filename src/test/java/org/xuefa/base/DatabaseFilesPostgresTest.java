package org.xuefa.base;

import java.io.IOException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.xuefa.support.RequiresPostgres;

/** The same checks of files in the database on PostgreSQL (bytea). Runs with XUEFA_TEST_PG_URL and always on CI. */
@RequiresPostgres
class DatabaseFilesPostgresTest {
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

    @AfterEach
    void cleanUp() {
        checks.cleanUp();
    }

    @Test
    void a_file_round_trips_through_the_database() throws IOException {
        checks.roundTrip();
    }

    @Test
    void database_files_follow_the_transaction() throws IOException {
        checks.followsTheTransaction();
    }

    @Test
    void paths_outside_the_store_are_refused() {
        checks.refusesPathsOutsideTheStore();
    }

    @Test
    void moving_a_directory_into_the_database_is_idempotent(@TempDir Path dir) throws IOException {
        checks.movesADirectoryIdempotently(dir);
    }
}
