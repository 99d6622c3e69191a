package org.xuefa.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files in a directory: this node's {@code xuefa.files-dir}, or {@code xuefa.files.shared-dir} that every node of a
 * cluster mounts. Every path is checked to stay inside the directory.
 */
class DiskFiles implements FileBackend {
    private final Path root;

    DiskFiles(Path dir) {
        this.root = dir.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public void write(String relative, byte[] content) {
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
    }

    @Override
    public byte[] read(String relative) throws IOException {
        return Files.readAllBytes(resolve(relative));
    }

    @Override
    public boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    @Override
    public void delete(String relative) throws IOException {
        Files.deleteIfExists(resolve(relative));
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public String describe() {
        return "under " + root;
    }

    private Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path outside the files directory: " + relative);
        }
        return p;
    }
}
