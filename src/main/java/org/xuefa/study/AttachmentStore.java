package org.xuefa.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachments on disk under {@code xuefa.files-dir}: {@code sessions/<session id>/<random>}. The user's file name
 * never reaches the path, and every path is checked to stay inside the directory.
 */
@Component
class AttachmentStore {
    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private final SecureRandom random = new SecureRandom();
    private final Path root;

    AttachmentStore(@Value("${xuefa.files-dir}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Writes the content under a new random name and returns its path relative to the files directory. */
    String write(Long sessionId, byte[] content) {
        byte[] name = new byte[16];
        random.nextBytes(name);
        String relative = "sessions/" + sessionId + "/" + HexFormat.of().formatHex(name);
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
            throw new UncheckedIOException("cannot store an attachment under " + root, e);
        }
        return relative;
    }

    byte[] read(String relative) throws IOException {
        return Files.readAllBytes(resolve(relative));
    }

    boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    /** Deletes a stored file; a failure is only logged, as the database no longer points to it. */
    void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the attachment {}: {}", relative, e.toString());
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
