package org.xuefa.base;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files in the table {@code stored_file} (Flyway V29), so that every node of a cluster reads them and one
 * {@code pg_dump} backs them up with the rows that point to them. Statements run through the {@link JdbcTemplate}, so
 * inside a service's transaction they join it: a rolled-back upload leaves no row, a delete counts once committed.
 */
class DatabaseFiles implements FileBackend {
    static final int MAX_PATH = 300;
    static final int MAX_FOLDER = 200;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DatabaseFiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(String relative, byte[] content) {
        insert(relative, content, clock.instant());
    }

    /** Stores a file with the given creation time (a moved file keeps its own). */
    void insert(String relative, byte[] content, Instant created) {
        String path = checked(relative);
        jdbc.update("insert into stored_file (path, folder, content, size, created_at) values (?, ?, ?, ?, ?)", path,
                folder(path), content, (long) content.length, OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
    }

    @Override
    public byte[] read(String relative) throws IOException {
        byte[] content = jdbc.query("select content from stored_file where path = ?",
                rs -> rs.next() ? rs.getBytes(1) : null, checked(relative));
        if (content == null) {
            throw new NoSuchFileException(relative, null, "not in the table stored_file");
        }
        return content;
    }

    @Override
    public boolean exists(String relative) {
        Integer n = jdbc.queryForObject("select count(*) from stored_file where path = ?", Integer.class,
                checked(relative));
        return n != null && n > 0;
    }

    @Override
    public void delete(String relative) {
        jdbc.update("delete from stored_file where path = ?", checked(relative));
    }

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public String describe() {
        return "in the database (table stored_file)";
    }

    /** The same rule as on disk: a relative path that stays inside its folder, and fits the columns. */
    static String checked(String relative) {
        if (relative == null || relative.isBlank() || relative.startsWith("/") || relative.contains("\\")
                || relative.length() > MAX_PATH || folder(relative).length() > MAX_FOLDER) {
            throw new IllegalArgumentException("not a stored file's path: " + relative);
        }
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("path outside the files directory: " + relative);
            }
        }
        return relative;
    }

    static String folder(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }
}
