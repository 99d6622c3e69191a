package org.xuefa.base;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files on disk under {@code xuefa.files-dir} (scanned credentials, session attachments): each stored as
 * {@code <folder>/<32 random hex digits>[.<ext>]}, so a user's file name never reaches the path, and every path read
 * is checked to stay inside the directory. Back the directory up with the database.
 */
@Component
public class FileStore {
    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    private final SecureRandom random = new SecureRandom();
    private final Path root;

    FileStore(@Value("${xuefa.files-dir}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Writes the content under a new random name in the folder; returns its path relative to the directory. */
    public String write(String folder, byte[] content, String extension) {
        byte[] name = new byte[16];
        random.nextBytes(name);
        String relative = folder + "/" + HexFormat.of().formatHex(name)
                + (extension == null || extension.isBlank() ? "" : "." + extension);
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
            throw new UncheckedIOException("cannot store a file under " + root, e);
        }
        return relative;
    }

    public byte[] read(String relative) throws IOException {
        return Files.readAllBytes(resolve(relative));
    }

    public boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    /** Deletes a stored file; a failure is only logged, as the database no longer points to it. */
    public void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the stored file {}: {}", relative, e.toString());
        }
    }

    /**
     * Inside a transaction that stores {@code newPath} and/or drops {@code oldPath} (either may be null): deletes the
     * new file if the transaction rolls back and the old one once it commits, so database and files agree.
     */
    public void replaceOnCompletion(String newPath, String oldPath) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("stored files change only inside a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED && oldPath != null) {
                    delete(oldPath);
                } else if (status == STATUS_ROLLED_BACK && newPath != null) {
                    delete(newPath);
                }
            }
        });
    }

    private Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path outside the files directory: " + relative);
        }
        return p;
    }
}
