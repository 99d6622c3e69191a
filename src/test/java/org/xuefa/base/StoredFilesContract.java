package org.xuefa.base;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of files in the database ({@link StoredFilesChecks}) as tests, for each database that runs them. */
interface StoredFilesContract {
    /** The checks on this test's database, made before each test. */
    StoredFilesChecks checks();

    @AfterEach
    default void cleanUp() {
        checks().cleanUp();
    }

    @Test
    default void a_file_round_trips_through_the_database() throws IOException {
        checks().roundTrip();
    }

    @Test
    default void database_files_follow_the_transaction() throws IOException {
        checks().followsTheTransaction();
    }

    @Test
    default void paths_outside_the_store_are_refused() {
        checks().refusesPathsOutsideTheStore();
    }

    @Test
    default void moving_a_directory_into_the_database_is_idempotent(@TempDir Path dir) throws IOException {
        checks().movesADirectoryIdempotently(dir);
    }
}
