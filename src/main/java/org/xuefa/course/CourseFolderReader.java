package org.xuefa.course;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a courses folder. Never throws for bad content: every problem is reported with its file and
 * line, and a course with any error is returned without a {@link Course}.
 */
final class CourseFolderReader {
    static final String LAWS_FILE = "laws.yaml";
    /** Every course should hold at least this many exam-only questions; fewer is a warning. */
    static final int MIN_RESERVE = 10;
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    record Result(Map<String, Law> laws, List<CourseProblem> lawProblems, List<CourseRead> courses) {
        boolean hasErrors() {
            return lawProblems.stream().anyMatch(CourseProblem::isError)
                    || courses.stream().anyMatch(c -> c.course() == null);
        }

        List<CourseProblem> allProblems() {
            List<CourseProblem> all = new ArrayList<>(lawProblems);
            courses.forEach(c -> all.addAll(c.problems()));
            return all;
        }
    }

    /** One course folder: the course when it has no errors, and every problem found either way. */
    record CourseRead(String id, Course course, List<CourseProblem> problems) {
    }

    private CourseFolderReader() {
    }

    static Result read(Path dir) {
        List<CourseProblem> lawProblems = new ArrayList<>();
        Map<String, Law> laws = LawsFile.read(dir, lawProblems);
        List<CourseRead> courses = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            lawProblems.add(CourseProblem.error(dir.toString(), 0, "courses.error.no-folder", dir.toString()));
            return new Result(laws, lawProblems, courses);
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path sub : children.filter(Files::isDirectory).sorted().toList()) {
                if (!sub.getFileName().toString().startsWith(".")) {
                    courses.add(readCourse(sub, laws));
                }
            }
        } catch (IOException e) {
            lawProblems.add(CourseProblem.error(dir.toString(), 0, "courses.error.unreadable", e.getMessage()));
        }
        return new Result(laws, lawProblems, courses);
    }

    // ---------------------------------------------------------------- a course folder

    private static CourseRead readCourse(Path folder, Map<String, Law> laws) {
        String folderName = folder.getFileName().toString();
        String courseFile = folderName + "/course.yaml";
        List<CourseProblem> problems = new ArrayList<>();
        Node root = parse(folder.resolve("course.yaml"), courseFile, problems);
        if (root == null) {
            return new CourseRead(folderName, null, problems);
        }
        Map<String, Node> m = YamlNodes.map(root);
        String id = YamlNodes.text(m.get("id"));
        if (!folderName.equals(id)) {
            problems.add(CourseProblem.error(courseFile, YamlNodes.line(m.get("id")) == 0 ? 1 : YamlNodes.line(m.get("id")),
                    "courses.error.id-not-folder", String.valueOf(id), folderName));
        }
        Map<String, Node> title = YamlNodes.map(m.get("title"));
        Map<String, Node> summary = YamlNodes.map(m.get("summary"));
        if (YamlNodes.text(title.get("zh")) == null) {
            problems.add(CourseProblem.error(courseFile, YamlNodes.line(root), "courses.error.missing-field", "title.zh"));
        }
        Set<Audience> audience = EnumSet.noneOf(Audience.class);
        for (Node a : YamlNodes.isList(m.get("audience")) ? YamlNodes.list(m.get("audience")) : List.<Node>of()) {
            Audience parsed = Audience.parse(YamlNodes.text(a));
            if (parsed == null) {
                problems.add(CourseProblem.error(courseFile, YamlNodes.line(a), "courses.error.bad-audience",
                        String.valueOf(YamlNodes.text(a))));
            } else {
                audience.add(parsed);
            }
        }
        if (audience.isEmpty()) {
            audience.add(Audience.EVERYONE);
        }
        CourseGroup group = CourseGroup.parse(YamlNodes.text(m.get("group")));
        if (group == null && m.containsKey("group")) {
            problems.add(CourseProblem.error(courseFile, lineOf(m, "group", 1), "courses.error.bad-group",
                    String.valueOf(YamlNodes.text(m.get("group")))));
        } else if (group == null) {
            problems.add(CourseProblem.warning(courseFile, 1, "courses.warning.no-group"));
            group = CourseGroup.GENERAL_ADMIN_LAW;
        }
        List<String> courseLaws = lawIds(m.get("laws"), courseFile, laws, problems);
        BigDecimal hours = null;
        if (YamlNodes.text(m.get("credit_hours")) != null) {
            try {
                hours = new BigDecimal(YamlNodes.text(m.get("credit_hours")));
                if (hours.signum() <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(CourseProblem.error(courseFile, YamlNodes.line(m.get("credit_hours")),
                        "courses.error.bad-number", "credit_hours", YamlNodes.text(m.get("credit_hours"))));
                hours = null;
            }
        }
        Integer version = m.containsKey("version") ? YamlNodes.integer(m.get("version")) : Integer.valueOf(1);
        if (version == null || version < 1) {
            problems.add(CourseProblem.error(courseFile, YamlNodes.line(m.get("version")), "courses.error.bad-number",
                    "version", String.valueOf(YamlNodes.text(m.get("version")))));
            version = 1;
        }
        List<Lesson> lessons = readLessons(folder, folderName, courseFile, m.get("lessons"), laws, problems);
        List<Question> questions = QuestionReader.read(folder, folderName, laws, problems);
        Course.QuizSpec quiz = null;
        if (m.containsKey("quiz")) {
            Map<String, Node> q = YamlNodes.map(m.get("quiz"));
            Integer count = YamlNodes.integer(q.get("questions"));
            Integer pass = YamlNodes.integer(q.get("pass"));
            // the quiz draws from the practice bank only, never from the exam-only reserve
            long current = questions.stream().filter(x -> !x.examOnly() && laws.containsKey(x.source().lawId())
                    && laws.get(x.source().lawId()).isCurrent()).count();
            if (count == null || count < 1 || count > current) {
                problems.add(CourseProblem.error(courseFile, YamlNodes.line(m.get("quiz")), "courses.error.quiz-size",
                        String.valueOf(YamlNodes.text(q.get("questions"))), current));
            } else if (pass == null || pass < 1 || pass > 100) {
                problems.add(CourseProblem.error(courseFile, YamlNodes.line(m.get("quiz")), "courses.error.bad-number",
                        "quiz.pass", String.valueOf(YamlNodes.text(q.get("pass")))));
            } else {
                quiz = new Course.QuizSpec(count, pass);
            }
        }
        Course course = problems.stream().anyMatch(CourseProblem::isError) ? null
                : new Course(folderName, YamlNodes.text(title.get("zh")), YamlNodes.text(title.get("en")),
                        YamlNodes.text(summary.get("zh")), YamlNodes.text(summary.get("en")), audience, courseLaws,
                        hours, version, lessons, questions, quiz, group);
        if (course != null && course.reserveQuestions().size() < MIN_RESERVE) {
            problems.add(CourseProblem.warning(folderName + "/questions.yaml", 1, "courses.warning.small-reserve",
                    course.reserveQuestions().size(), MIN_RESERVE));
        }
        return new CourseRead(folderName, course, problems);
    }

    private static List<String> lawIds(Node node, String file, Map<String, Law> laws, List<CourseProblem> problems) {
        List<String> ids = new ArrayList<>();
        List<Node> items = YamlNodes.isList(node) ? YamlNodes.list(node) : node == null ? List.of() : List.of(node);
        for (Node n : items) {
            String lawId = YamlNodes.text(n);
            if (lawId == null) {
                continue;
            }
            Law law = laws.get(lawId);
            if (law == null) {
                problems.add(CourseProblem.error(file, YamlNodes.line(n), "courses.error.unknown-law", lawId));
            } else {
                ids.add(lawId);
                outdated(law, file, YamlNodes.line(n), problems);
            }
        }
        return ids;
    }

    /** Legal currency: citing an amended or repealed text is a warning that names what replaced it. */
    static void outdated(Law law, String file, int line, List<CourseProblem> problems) {
        if (!law.isCurrent()) {
            problems.add(CourseProblem.warning(file, line, "courses.warning.outdated-law", law.id(),
                    law.status().name().toLowerCase(), law.replacedBy() == null ? "-" : law.replacedBy()));
        }
    }

    private static List<Lesson> readLessons(Path folder, String folderName, String courseFile, Node node,
            Map<String, Law> laws, List<CourseProblem> problems) {
        List<Lesson> lessons = new ArrayList<>();
        if (!YamlNodes.isList(node) || YamlNodes.list(node).isEmpty()) {
            problems.add(CourseProblem.error(courseFile, Math.max(1, YamlNodes.line(node)), "courses.error.no-lessons"));
            return lessons;
        }
        Set<String> files = new HashSet<>();
        for (Node n : YamlNodes.list(node)) {
            int line = YamlNodes.line(n);
            Map<String, Node> m = YamlNodes.map(n);
            String file = YamlNodes.text(m.get("file"));
            if (file == null || file.contains("..") || file.contains("/") || !file.endsWith(".md")) {
                problems.add(CourseProblem.error(courseFile, line, "courses.error.bad-lesson-file", String.valueOf(file)));
                continue;
            }
            if (!files.add(file)) {
                problems.add(CourseProblem.error(courseFile, line, "courses.error.duplicate-lesson", file));
                continue;
            }
            Path path = folder.resolve("lessons").resolve(file);
            String markdown;
            try {
                markdown = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(CourseProblem.error(courseFile, line, "courses.error.missing-lesson",
                        folderName + "/lessons/" + file));
                continue;
            }
            Map<String, Node> title = YamlNodes.map(m.get("title"));
            String zh = YamlNodes.text(title.get("zh"));
            if (zh == null) {
                problems.add(CourseProblem.error(courseFile, line, "courses.error.missing-field", "title.zh"));
            }
            Integer minutes = YamlNodes.integer(m.get("minutes"));
            if (minutes == null || minutes < 1 || minutes > 600) {
                problems.add(CourseProblem.error(courseFile, YamlNodes.line(m.get("minutes")) == 0 ? line
                        : YamlNodes.line(m.get("minutes")), "courses.error.bad-number", "minutes",
                        String.valueOf(YamlNodes.text(m.get("minutes")))));
                minutes = 1;
            }
            List<String> lessonLaws = lawIds(m.get("laws"), courseFile, laws, problems);
            lessons.add(new Lesson(lessons.size() + 1, file, zh, YamlNodes.text(title.get("en")), minutes, lessonLaws,
                    markdown));
        }
        return lessons;
    }

    static int lineOf(Map<String, Node> m, String field, int fallback) {
        int l = YamlNodes.line(m.get(field));
        return l == 0 ? fallback : l;
    }

    /** Parses one YAML file to nodes, reporting a missing file or bad YAML with its line. */
    static Node parse(Path path, String name, List<CourseProblem> problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(CourseProblem.error(name, 0, "courses.error.missing-file", name));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null || !YamlNodes.isMap(root)) {
                problems.add(CourseProblem.error(name, 1, "courses.error.not-a-map"));
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(CourseProblem.error(name, line, "courses.error.bad-yaml", e.getProblem()));
        } catch (YAMLException | IOException e) {
            problems.add(CourseProblem.error(name, 0, "courses.error.bad-yaml", e.getMessage()));
        }
        return null;
    }
}
