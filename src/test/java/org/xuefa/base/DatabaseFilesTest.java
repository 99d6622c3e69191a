package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.xuefa.ServiceTestBase;

/**
 * Files in the database on H2, through the application's own (JPA) transaction manager, so the file statements are
 * seen to join a service's transaction; and which store the settings choose.
 */
class DatabaseFilesTest extends ServiceTestBase implements StoredFilesContract {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FileStore applicationStore;
    private StoredFilesChecks checks;

    @BeforeEach
    void setUp() {
        checks = new StoredFilesChecks(jdbc, transactions);
    }

    @Override
    public StoredFilesChecks checks() {
        return checks;
    }

    @Test
    void the_settings_choose_the_store() {
        Clock c = Clock.systemUTC();
        assertThat(applicationStore.inDatabase()).isFalse(); // a single process keeps them on disk
        assertThat(FileStore.backend("/d", "", "", false, jdbc, c)).isInstanceOf(DiskFiles.class)
                .extracting(b -> ((DiskFiles) b).root()).isEqualTo(Path.of("/d"));
        assertThat(FileStore.backend("/d", "", "", true, jdbc, c)).isInstanceOf(DatabaseFiles.class);
        assertThat(FileStore.backend("/d", "/shared", "", true, jdbc, c)).isInstanceOf(DiskFiles.class)
                .extracting(b -> ((DiskFiles) b).root()).isEqualTo(Path.of("/shared"));
        assertThat(FileStore.backend("/d", "", "database", false, jdbc, c)).isInstanceOf(DatabaseFiles.class);
        assertThat(FileStore.backend("/d", "", "disk", true, jdbc, c)).isInstanceOf(DiskFiles.class);
        assertThatThrownBy(() -> FileStore.backend("/d", "", "s3", false, jdbc, c))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileStore(new DatabaseFiles(jdbc, c)).root())
                .isInstanceOf(IllegalStateException.class);
    }
}
