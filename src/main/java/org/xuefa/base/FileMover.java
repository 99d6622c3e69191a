package org.xuefa.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the files of a directory ({@code xuefa.files-dir} of a node that ran alone) into the table
 * {@code stored_file} under the same relative paths, which the credentials' and attachments' rows already hold.
 * Idempotent: a file already in the database with the same content is counted and left; one with a different content
 * is reported and left on both sides. The files stay on disk unless asked to delete those now safely in the database.
 * Symbolic links and half-written uploads ({@code *.part}) are skipped.
 */
class FileMover {
    private static final Logger log = LoggerFactory.getLogger(FileMover.class);
    private final DatabaseFiles database;

    FileMover(DatabaseFiles database) {
        this.database = database;
    }

    /** What one run did. */
    record Result(int moved, int alreadyThere, int conflicts, int skipped, long bytesMoved, int deleted) {
        @Override
        public String toString() {
            return "moved " + moved + " (" + bytesMoved + " bytes), already in the database " + alreadyThere
                    + ", different content in the database (left alone) " + conflicts + ", skipped " + skipped
                    + ", deleted from disk " + deleted;
        }
    }

    Result move(Path dir, boolean deleteMoved) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            log.info("No directory {}: nothing to move", root);
            return new Result(0, 0, 0, 0, 0, 0);
        }
        int moved = 0;
        int already = 0;
        int conflicts = 0;
        int skipped = 0;
        int deleted = 0;
        long bytes = 0;
        for (Path file : files(root)) {
            String relative = relative(root, file);
            if (relative == null) {
                log.warn("Skipped {}: not an uploaded file's path", file);
                skipped++;
                continue;
            }
            try {
                byte[] content = Files.readAllBytes(file);
                boolean safe;
                if (!database.exists(relative)) {
                    database.insert(relative, content, Files.getLastModifiedTime(file).toInstant());
                    moved++;
                    bytes += content.length;
                    safe = true;
                } else if (Arrays.equals(database.read(relative), content)) {
                    already++;
                    safe = true;
                } else {
                    log.warn("{} is in the database with a different content: left on disk and in the database",
                            relative);
                    conflicts++;
                    safe = false;
                }
                if (safe && deleteMoved) {
                    Files.delete(file);
                    deleted++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + file, e);
            }
        }
        return new Result(moved, already, conflicts, skipped, bytes, deleted);
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** The path relative to the directory with '/' separators, or null when it cannot be a stored file. */
    private static String relative(Path root, Path file) {
        if (file.getFileName().toString().endsWith(".part")) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (Path part : root.relativize(file)) {
            s.append(s.isEmpty() ? "" : "/").append(part);
        }
        try {
            return DatabaseFiles.checked(s.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
