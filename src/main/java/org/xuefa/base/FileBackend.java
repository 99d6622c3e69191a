package org.xuefa.base;

import java.io.IOException;

/**
 * Where {@link FileStore} keeps file contents, by their relative path ({@code <folder>/<random name>}): a directory
 * ({@link DiskFiles}) or the database ({@link DatabaseFiles}).
 */
interface FileBackend {

    /** Stores a new file; the path is new (random), so this never replaces one. */
    void write(String relative, byte[] content);

    /** The content; a {@link java.nio.file.NoSuchFileException} when there is none. */
    byte[] read(String relative) throws IOException;

    boolean exists(String relative);

    /** Deletes the file if present. */
    void delete(String relative) throws IOException;

    /**
     * Whether writes and deletes join the caller's database transaction (so a rollback undoes them and a delete
     * counts only once committed), rather than happening on their own at once.
     */
    boolean transactional();

    /** Where the files are, for the log. */
    String describe();
}
