package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checks of files kept in the database, run on H2 ({@link DatabaseFilesTest}, through the application's JPA
 * transactions) and on PostgreSQL ({@link DatabaseFilesPostgresTest}). Each run uses folders of its own and removes
 * its rows.
 */
final class StoredFilesChecks {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FileStore store;
    private final DatabaseFiles database;
    final String folder = "test-" + UUID.randomUUID();

    StoredFilesChecks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.database = new DatabaseFiles(jdbc, Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC));
        this.store = new FileStore(database);
    }

    void cleanUp() {
        jdbc.update("delete from stored_file where folder like ?", folder + "%");
    }

    /** A file written in a committed transaction reads back byte for byte, with its folder and size. */
    void roundTrip() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17]; // a few megabytes: a real scan's size
        new Random(7).nextBytes(content);
        String path = tx.execute(s -> {
            String p = store.write(folder + "/1", content, "pdf");
            store.replaceOnCompletion(p, null);
            return p;
        });
        assertThat(path).matches(folder + "/1/[0-9a-f]{32}\\.pdf");
        assertThat(store.inDatabase()).isTrue();
        assertThat(store.exists(path)).isTrue();
        assertThat(store.read(path)).isEqualTo(content);
        assertThat(jdbc.queryForObject("select size from stored_file where path = ?", Long.class, path))
                .isEqualTo(content.length);
        assertThat(jdbc.queryForObject("select folder from stored_file where path = ?", String.class, path))
                .isEqualTo(folder + "/1");
        assertThatThrownBy(() -> store.read(folder + "/1/missing")).isInstanceOf(NoSuchFileException.class);
        assertThat(store.exists(folder + "/1/missing")).isFalse();
    }

    /** The new file of a rolled-back upload is gone; a replaced one goes with the commit, not before. */
    void followsTheTransaction() throws IOException {
        byte[] first = "first".getBytes(StandardCharsets.UTF_8);
        String old = tx.execute(s -> store.write(folder + "/2", first, null));
        String[] rolledBack = new String[1];
        tx.executeWithoutResult(s -> {
            rolledBack[0] = store.write(folder + "/2", "lost".getBytes(StandardCharsets.UTF_8), null);
            store.replaceOnCompletion(rolledBack[0], old);
            s.setRollbackOnly();
        });
        assertThat(store.exists(rolledBack[0])).isFalse();
        assertThat(store.read(old)).isEqualTo(first);
        String replacement = tx.execute(s -> {
            String p = store.write(folder + "/2", "second".getBytes(StandardCharsets.UTF_8), null);
            store.replaceOnCompletion(p, old);
            return p;
        });
        assertThat(store.exists(old)).isFalse();
        assertThat(new String(store.read(replacement), StandardCharsets.UTF_8)).isEqualTo("second");
    }

    /** Paths that leave their folder are refused, as on disk. */
    void refusesPathsOutsideTheStore() {
        for (String bad : new String[] {"../x", folder + "/../../x", "/etc/passwd", folder + "//x", "a\\b", ""}) {
            assertThatThrownBy(() -> store.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * The command's work: a directory's files reach the database under the same paths (half-written uploads are
     * skipped); a second run copies nothing; a file whose database copy differs is reported; --delete removes only
     * the files safely in the database.
     */
    void movesADirectoryIdempotently(Path dir) throws IOException {
        Path scan = write(dir.resolve(folder + "/credentials/5/" + "a".repeat(32) + ".pdf"), "scan");
        Path photo = write(dir.resolve(folder + "/sessions/9/" + "b".repeat(32)), "photo");
        write(dir.resolve(folder + "/sessions/9/upload-1.part"), "half");
        Files.setLastModifiedTime(scan, FileTime.from(Instant.parse("2025-03-01T00:00:00Z")));
        FileMover mover = new FileMover(database);

        FileMover.Result first = mover.move(dir, false);
        assertThat(first).isEqualTo(new FileMover.Result(2, 0, 0, 1, 9, 0));
        String scanPath = folder + "/credentials/5/" + "a".repeat(32) + ".pdf";
        assertThat(new String(store.read(scanPath), StandardCharsets.UTF_8)).isEqualTo("scan");
        assertThat(new String(store.read(folder + "/sessions/9/" + "b".repeat(32)), StandardCharsets.UTF_8))
                .isEqualTo("photo");
        assertThat(jdbc.queryForObject("select count(*) from stored_file where path = ? and created_at = ?",
                Integer.class, scanPath, Instant.parse("2025-03-01T00:00:00Z").atOffset(ZoneOffset.UTC)))
                .isEqualTo(1);

        FileMover.Result again = mover.move(dir, false);
        assertThat(again).isEqualTo(new FileMover.Result(0, 2, 0, 1, 0, 0));
        assertThat(jdbc.queryForObject("select count(*) from stored_file where folder like ?", Integer.class,
                folder + "%")).isEqualTo(2);

        Files.writeString(photo, "changed on disk");
        FileMover.Result withDelete = mover.move(dir, true);
        assertThat(withDelete).isEqualTo(new FileMover.Result(0, 1, 1, 1, 0, 1));
        assertThat(scan).doesNotExist();
        assertThat(photo).exists();
        assertThat(mover.move(dir.resolve("absent"), false)).isEqualTo(new FileMover.Result(0, 0, 0, 0, 0, 0));
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
