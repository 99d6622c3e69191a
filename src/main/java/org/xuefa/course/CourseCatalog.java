package org.xuefa.course;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;

/**
 * The courses the app serves, read from the courses folder at start-up and on an administrator's reload. A course
 * whose files break keeps being served in its last good version; a broken course never stops the app. Which folder
 * is read is decided once, at start-up, by {@link CoursesFolder}.
 */
@Service
public class CourseCatalog {
    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

    private final Path folder;
    private final Clock clock;
    private final AuditLog audit;
    private final AtomicReference<CourseLibrary> library = new AtomicReference<>();

    /** Reads exactly this folder (tests). */
    CourseCatalog(String folder, Clock clock, AuditLog audit) {
        this(CoursesFolder.exactly(Path.of(folder)), clock, audit);
    }

    @Autowired
    CourseCatalog(CoursesFolder source, Clock clock, AuditLog audit) {
        this.folder = source.path();
        this.clock = clock;
        this.audit = audit;
        library.set(build(CourseFolderReader.read(this.folder), null));
        CourseLibrary lib = library.get();
        long broken = lib.statuses().stream().filter(s -> s.errors() > 0).count();
        log.info("Courses read from {}: {} served {}, {} with errors", source.describe(), lib.courses().size(),
                lib.courses().keySet().stream().sorted().toList(), broken);
    }

    /** The current library, for reading courses, lessons and question banks. */
    @Allowed.SignedIn
    public CourseLibrary library() {
        return library.get();
    }

    @Allowed.SignedIn
    public Optional<Course> course(String id) {
        return Optional.ofNullable(library.get().courses().get(id));
    }

    /** Every served course, ordered by title. */
    @Allowed.SignedIn
    public List<Course> courses() {
        return library.get().courses().values().stream().sorted(Comparator.comparing(Course::titleZh)).toList();
    }

    /** Reads the folder again; courses with errors keep their last good version. */
    @Allowed.Admins
    public CourseLibrary reload() {
        CourseLibrary next = library.updateAndGet(previous -> build(CourseFolderReader.read(folder), previous));
        audit.record("RELOAD", "course", null, "courses reloaded",
                next.courses().size() + " served; " + next.statuses().stream().filter(s -> s.errors() > 0).count()
                        + " with errors");
        return next;
    }

    @Allowed.Admins
    public Path folder() {
        return folder;
    }

    private CourseLibrary build(CourseFolderReader.Result read, CourseLibrary previous) {
        Map<String, Law> laws = read.laws();
        boolean lawsBroken = read.lawProblems().stream().anyMatch(CourseProblem::isError);
        if (lawsBroken && previous != null) {
            laws = previous.laws();
        }
        Map<String, Course> courses = new HashMap<>();
        List<CourseStatus> statuses = new ArrayList<>();
        for (CourseFolderReader.CourseRead r : read.courses()) {
            Course course = r.course();
            boolean stale = false;
            if (course == null && previous != null && previous.courses().containsKey(r.id())) {
                course = previous.courses().get(r.id());
                stale = true;
            }
            if (course != null) {
                courses.put(r.id(), course);
            }
            Map<String, Law> lawsNow = laws;
            int flagged = course == null ? 0 : (int) course.questions().stream()
                    .filter(q -> q.source() == null || !lawsNow.containsKey(q.source().lawId())
                            || !lawsNow.get(q.source().lawId()).isCurrent()).count();
            statuses.add(new CourseStatus(r.id(), course == null ? r.id() : course.titleZh(), course != null, stale,
                    course == null ? 0 : course.lessons().size(), course == null ? 0 : course.questions().size(),
                    course == null ? 0 : course.reserveQuestions().size(), flagged, r.problems()));
        }
        return new CourseLibrary(laws, courses, statuses, read.lawProblems(), clock.instant());
    }
}
