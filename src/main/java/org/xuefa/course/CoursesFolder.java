package org.xuefa.course;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Where the course files are read from, in this order: the folder named by {@code XUEFA_COURSES_DIR}
 * ({@code xuefa.courses-dir}) when it exists; {@code ./courses} when it exists; else the copy of the repository's
 * {@code courses/} that the build puts into the jar (classpath {@code xuefa-courses/}). The built-in copy is
 * extracted to a temporary folder, removed again on shutdown, so the reader, the validator, reload and the
 * {@code file:line} problem reports work on plain files whichever source is used.
 */
@Component
class CoursesFolder implements AutoCloseable {
    /** The classpath folder the build copies {@code courses/} to. */
    static final String BUILT_IN = "xuefa-courses";
    private static final Logger log = LoggerFactory.getLogger(CoursesFolder.class);

    enum Origin {
        /** named on the command line of validate-courses, or by a test */
        GIVEN("the given folder"),
        CONFIGURED("XUEFA_COURSES_DIR / xuefa.courses-dir"),
        WORKING_DIR("./courses"),
        BUILT_IN("the copy built into the application, classpath:" + CoursesFolder.BUILT_IN);

        private final String text;

        Origin(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final Path path;
    private final Origin origin;
    /** Why a configured folder was passed over, or null. */
    private final String note;

    @Autowired
    CoursesFolder(@Value("${xuefa.courses-dir:}") String configured) {
        Located located = locate(configured, Path.of(""));
        this.path = located.path();
        this.origin = located.origin();
        this.note = located.note();
        if (note != null) {
            log.warn(note);
        }
        log.info("Course folder: {} ({})", path, origin.text());
    }

    private CoursesFolder(Located located) {
        this.path = located.path();
        this.origin = located.origin();
        this.note = located.note();
    }

    /** Exactly this folder, whether or not it exists (the reader reports a missing one). */
    static CoursesFolder exactly(Path folder) {
        return new CoursesFolder(new Located(folder.toAbsolutePath().normalize(), Origin.GIVEN, null));
    }

    /** Resolves as the app does, without logging: for the validator, which prints {@link #note()} itself. */
    static CoursesFolder resolve(String configured) {
        return resolve(configured, Path.of(""));
    }

    /** Resolves as the app does, with {@code workingDir} standing for the folder the app was started in. */
    static CoursesFolder resolve(String configured, Path workingDir) {
        return new CoursesFolder(locate(configured, workingDir));
    }

    Path path() {
        return path;
    }

    Origin origin() {
        return origin;
    }

    String note() {
        return note;
    }

    /** How a report names the folder: its path, or "built-in courses" for the extracted copy. */
    String describe() {
        return origin == Origin.BUILT_IN ? "built-in courses (" + Origin.BUILT_IN.text() + ")" : path.toString();
    }

    /** Removes the extracted copy of the built-in courses; nothing to do for a real folder. */
    @Override
    public void close() {
        if (origin != Origin.BUILT_IN) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.debug("Could not remove the extracted courses {}: {}", path, e.toString());
        }
    }

    private record Located(Path path, Origin origin, String note) {
    }

    private static Located locate(String configured, Path workingDir) {
        String note = null;
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured.strip()).toAbsolutePath().normalize();
            if (Files.isDirectory(dir)) {
                return new Located(dir, Origin.CONFIGURED, null);
            }
            note = "The courses folder " + dir + " (XUEFA_COURSES_DIR / xuefa.courses-dir) does not exist;"
                    + " using ./courses or the built-in courses instead";
        }
        Path local = workingDir.resolve("courses").toAbsolutePath().normalize();
        if (Files.isDirectory(local)) {
            return new Located(local, Origin.WORKING_DIR, note);
        }
        try {
            Path extracted = extractBuiltIn();
            if (extracted != null) {
                return new Located(extracted, Origin.BUILT_IN, note);
            }
        } catch (IOException | RuntimeException e) {
            note = (note == null ? "" : note + "; ") + "cannot extract the built-in courses: " + e;
        }
        // nothing anywhere: the reader reports the missing folder, and the app serves no courses
        return new Located(local, Origin.WORKING_DIR, note);
    }

    /** Copies classpath {@code xuefa-courses/**} to a new temporary folder; null when the jar carries none. */
    private static Path extractBuiltIn() throws IOException {
        ClassLoader loader = CoursesFolder.class.getClassLoader();
        URL root = loader.getResource(BUILT_IN);
        if (root == null) {
            return null;
        }
        Path fileRoot = "file".equals(root.getProtocol()) ? toPath(root) : null;
        Resource[] resources = new PathMatchingResourcePatternResolver(loader)
                .getResources("classpath:" + BUILT_IN + "/**");
        Path target = null;
        for (Resource resource : resources) {
            String relative = relative(resource.getURL(), fileRoot);
            if (relative == null || relative.isEmpty() || relative.endsWith("/") || relative.contains("..")
                    || !resource.isReadable()) {
                continue; // a folder, or not ours
            }
            if (target == null) {
                target = Files.createTempDirectory("xuefa-courses-");
            }
            Path file = target.resolve(relative).normalize();
            Files.createDirectories(file.getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, file);
            }
        }
        return target;
    }

    /** The path below {@code xuefa-courses/}: from the folder on disk, or from the jar entry's name. */
    private static String relative(URL url, Path fileRoot) {
        if ("file".equals(url.getProtocol())) {
            return fileRoot == null ? null : fileRoot.relativize(toPath(url)).toString().replace('\\', '/');
        }
        String text = url.toString();
        String entry = URLDecoder.decode(text.substring(text.lastIndexOf("!/") + 2).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        return entry.startsWith(BUILT_IN + "/") ? entry.substring(BUILT_IN.length() + 1) : null;
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
