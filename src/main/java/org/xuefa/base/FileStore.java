package org.xuefa.base;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files (scanned credentials, session attachments), each stored as {@code <folder>/<32 random hex
 * digits>[.<ext>]}, so a user's file name never reaches the path. Where they are kept:
 * <ul>
 * <li>on this node's disk under {@code xuefa.files-dir} (a single process, the default; back it up with the
 * database);</li>
 * <li>in the database, table {@code stored_file}: in cluster mode ({@code xuefa.cluster.enabled}), so every node
 * reads them, or whenever {@code xuefa.files.store=database};</li>
 * <li>under {@code xuefa.files.shared-dir} when that is set (a directory every node mounts), even in cluster
 * mode.</li>
 * </ul>
 * On disk every path read is checked to stay inside the directory. Files on disk move to the database with the
 * command {@code move-files-to-database} ({@link MoveFilesCommand}).
 */
@Component
public class FileStore {
    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    private final SecureRandom random = new SecureRandom();
    private final FileBackend backend;

    @Autowired
    FileStore(@Value("${xuefa.files-dir}") String dir, @Value("${xuefa.files.shared-dir:}") String sharedDir,
            @Value("${xuefa.files.store:}") String store, @Value("${xuefa.cluster.enabled:false}") boolean cluster,
            JdbcTemplate jdbc, Clock clock) {
        this(backend(dir, sharedDir, store, cluster, jdbc, clock));
        log.info("Uploaded files are kept {}", backend.describe());
        if (cluster && backend instanceof DiskFiles && sharedDir.isBlank()) {
            log.warn("Cluster mode keeps uploaded files on each node's own disk (xuefa.files.store=disk): a file"
                    + " uploaded on one node cannot be read on another. Use the database or xuefa.files.shared-dir.");
        }
    }

    FileStore(FileBackend backend) {
        this.backend = backend;
    }

    static FileBackend backend(String dir, String sharedDir, String store, boolean cluster, JdbcTemplate jdbc,
            Clock clock) {
        String mode = store == null ? "" : store.strip();
        boolean shared = sharedDir != null && !sharedDir.isBlank();
        return switch (mode) {
            case "database" -> new DatabaseFiles(jdbc, clock);
            case "disk" -> new DiskFiles(Path.of(shared ? sharedDir : dir));
            case "" -> shared ? new DiskFiles(Path.of(sharedDir))
                    : cluster ? new DatabaseFiles(jdbc, clock) : new DiskFiles(Path.of(dir));
            default -> throw new IllegalArgumentException(
                    "xuefa.files.store must be empty (automatic), disk or database, not " + store);
        };
    }

    /** The directory of the files when they are on disk; throws when they are in the database. */
    public Path root() {
        if (backend instanceof DiskFiles disk) {
            return disk.root();
        }
        throw new IllegalStateException("uploaded files are kept in the database, not in a directory");
    }

    /** Whether the files are in the database (table {@code stored_file}) rather than in a directory. */
    public boolean inDatabase() {
        return backend instanceof DatabaseFiles;
    }

    /** Writes the content under a new random name in the folder; returns its path relative to the store. */
    public String write(String folder, byte[] content, String extension) {
        byte[] name = new byte[16];
        random.nextBytes(name);
        String relative = folder + "/" + HexFormat.of().formatHex(name)
                + (extension == null || extension.isBlank() ? "" : "." + extension);
        backend.write(relative, content);
        return relative;
    }

    /** The content; an {@link IOException} (e.g. {@link java.nio.file.NoSuchFileException}) when it is gone. */
    public byte[] read(String relative) throws IOException {
        return backend.read(relative);
    }

    public boolean exists(String relative) {
        return backend.exists(relative);
    }

    /** Deletes a stored file; a failure is only logged, as the database no longer points to it. */
    public void delete(String relative) {
        try {
            backend.delete(relative);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the stored file {}: {}", relative, e.toString());
        }
    }

    /**
     * Inside a transaction that stores {@code newPath} and/or drops {@code oldPath} (either may be null): the new
     * file goes if the transaction rolls back and the old one once it commits, so database and files agree. In the
     * database both already follow the transaction (the new row is rolled back with it, the old one is deleted in
     * it); on disk they are deleted once the transaction has ended.
     */
    public void replaceOnCompletion(String newPath, String oldPath) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("stored files change only inside a transaction");
        }
        if (backend.transactional()) {
            if (oldPath != null) {
                delete(oldPath);
            }
            return;
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
}
