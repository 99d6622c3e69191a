package org.xuefa.course;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.xuefa.base.i18n.Messages;

/**
 * {@code java -jar xuefa.jar validate-courses [DIR]}: checks a courses folder without starting the app. Prints a
 * summary and exits 0, or every error as {@code file:line: message} and exits 1. Warnings never fail. Without DIR
 * it checks the folder the app would read (see {@link CoursesFolder}): {@code XUEFA_COURSES_DIR} (or the system
 * property {@code xuefa.courses-dir}) when it exists, else {@code ./courses}, else the courses built into the jar.
 */
public final class CourseValidator {
    public static final String COMMAND = "validate-courses";

    private CourseValidator() {
    }

    public static int run(String[] args, PrintStream out) {
        try (CoursesFolder folder = args.length > 1 ? CoursesFolder.exactly(Path.of(args[1]))
                : CoursesFolder.resolve(configured())) {
            if (folder.note() != null) {
                out.println("warning: " + folder.note());
            }
            return run(folder.path(), args.length > 1 ? args[1] : folder.describe(), out);
        }
    }

    private static String configured() {
        String property = System.getProperty("xuefa.courses-dir");
        return property != null ? property : System.getenv("XUEFA_COURSES_DIR");
    }

    private static int run(Path dir, String name, PrintStream out) {
        Messages messages = new Messages();
        CourseFolderReader.Result result = CourseFolderReader.read(dir);
        List<CourseProblem> problems = result.allProblems();
        for (CourseProblem p : problems) {
            out.println(p.format(messages.getTranslation(p.messageKey(), Messages.ENGLISH, p.args().toArray())));
        }
        long errors = problems.stream().filter(CourseProblem::isError).count();
        out.printf("%s: %d laws, %d courses%n", name, result.laws().size(), result.courses().size());
        for (CourseFolderReader.CourseRead c : result.courses()) {
            if (c.course() != null) {
                out.printf("  %-28s %2d lessons %4d questions %4d minutes%n", c.id(), c.course().lessons().size(),
                        c.course().questions().size(), c.course().minutes());
            } else {
                out.printf("  %-28s BROKEN (%d errors)%n", c.id(), c.problems().stream().filter(CourseProblem::isError).count());
            }
        }
        out.printf("%d errors, %d warnings%n", errors, problems.size() - errors);
        return errors == 0 ? 0 : 1;
    }
}
