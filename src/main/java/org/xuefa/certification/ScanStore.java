package org.xuefa.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Scanned copies on disk under {@code xuefa.files-dir}: {@code credentials/<credential id>/<random>.<ext>}. The
 * user's file name is never part of the path, and every path read is checked to stay inside the directory.
 */
@Component
class ScanStore {
    private static final Logger log = LoggerFactory.getLogger(ScanStore.class);
    private final Path root;

    ScanStore(@Value("${xuefa.files-dir}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Writes the content under a new random name and returns its path relative to the directory. */
    String write(Long credentialId, byte[] content, String extension) {
        String relative = "credentials/" + credentialId + "/" + UUID.randomUUID() + "." + extension;
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            // written aside and moved, so a reader never sees half a file
            Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
            try {
                Files.write(partial, content);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a scanned copy under " + root, e);
        }
        return relative;
    }

    byte[] read(String relative) throws IOException {
        return Files.readAllBytes(resolve(relative));
    }

    boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    /** Deletes a stored file; a failure is logged, as the database no longer points to it. */
    void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the scanned copy {}: {}", relative, e.toString());
        }
    }

    private Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path outside the files directory: " + relative);
        }
        return p;
    }
}
