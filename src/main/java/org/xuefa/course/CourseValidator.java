package org.xuefa.course;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.xuefa.base.i18n.Messages;

/**
 * {@code java -jar xuefa.jar validate-courses [DIR]}: checks a courses folder without starting the app. Prints a
 * summary (per course: its group, and its practice and exam-only reserve questions by type) and exits 0, or every
 * error as {@code file:line: message} and exits 1. Warnings never fail. Without DIR it checks the folder the app
 * would read (see {@link CoursesFolder}): {@code XUEFA_COURSES_DIR} (or the system property
 * {@code xuefa.courses-dir}) when it exists, else {@code ./courses}, else the courses built into the jar.
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
        int practice = 0;
        int reserve = 0;
        long outdatedTotal = 0;
        for (CourseFolderReader.CourseRead c : result.courses()) {
            if (c.course() != null) {
                Course course = c.course();
                practice += course.practiceQuestions().size();
                reserve += course.reserveQuestions().size();
                long outdated = course.questions().stream().filter(q -> !result.laws().containsKey(q.source().lawId())
                        || !result.laws().get(q.source().lawId()).isCurrent()).count();
                outdatedTotal += outdated;
                out.printf("  %-28s %-22s %2d lessons %4d minutes  practice %3d (%s)  reserve %3d (%s)%s%n", c.id(),
                        course.group().code(), course.lessons().size(), course.minutes(),
                        course.practiceQuestions().size(), byType(course.practiceQuestions()),
                        course.reserveQuestions().size(), byType(course.reserveQuestions()),
                        outdated == 0 ? "" : "  on outdated law " + outdated);
            } else {
                out.printf("  %-28s BROKEN (%d errors)%n", c.id(), c.problems().stream().filter(CourseProblem::isError).count());
            }
        }
        out.printf("%d practice questions, %d exam-only reserve questions, %d on outdated law (never drawn)%n",
                practice, reserve, outdatedTotal);
        out.printf("%d errors, %d warnings%n", errors, problems.size() - errors);
        return errors == 0 ? 0 : 1;
    }

    /** Counts per question type, e.g. {@code single 20, multiple 12, truefalse 10}. */
    private static String byType(List<Question> questions) {
        return Arrays.stream(QuestionType.values())
                .map(t -> t.code() + " " + questions.stream().filter(q -> q.type() == t).count())
                .collect(Collectors.joining(", "));
    }
}
