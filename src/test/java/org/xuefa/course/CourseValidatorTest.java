package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseValidatorTest {
    @TempDir
    Path tmp;

    static String run(Path dir, int expectedExit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = CourseValidator.run(new String[] {"validate-courses", dir.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isEqualTo(expectedExit);
        return out;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void the_shipped_courses_are_valid_with_at_least_six_courses_of_four_lessons_and_forty_questions() {
        CourseFolderReader.Result result = CourseFolderReader.read(Path.of("courses"));
        assertThat(result.allProblems()).filteredOn(CourseProblem::isError).isEmpty();
        assertThat(result.courses()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(c -> {
            assertThat(c.course().lessons()).as(c.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(c.course().questions()).as(c.id()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(c.course().questions()).extracting(Question::type).contains(QuestionType.values());
        });
        String out = run(Path.of("courses"), 0);
        assertThat(out).contains("admin-penalty").contains("0 errors");
    }

    @Test
    void the_shipped_courses_hold_thirteen_courses_with_practice_banks_and_reserves_of_ten_or_more() {
        CourseFolderReader.Result result = CourseFolderReader.read(Path.of("courses"));
        List<Course> courses = result.courses().stream().map(CourseFolderReader.CourseRead::course).toList();
        assertThat(courses).hasSizeGreaterThanOrEqualTo(13).doesNotContainNull();
        assertThat(courses).allSatisfy(c -> {
            assertThat(c.reserveQuestions()).as(c.id()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(c.practiceQuestions()).as(c.id()).hasSizeGreaterThanOrEqualTo(40);
        });
        assertThat(courses.stream().mapToInt(c -> c.practiceQuestions().size()).sum()).isGreaterThanOrEqualTo(520);
        assertThat(courses.stream().mapToInt(c -> c.reserveQuestions().size()).sum()).isGreaterThanOrEqualTo(130);
        assertThat(courses).extracting(Course::group).contains(CourseGroup.values());
        assertThat(result.allProblems()).extracting(CourseProblem::messageKey)
                .doesNotContain("courses.warning.small-reserve", "courses.warning.no-group");

        String out = run(Path.of("courses"), 0);
        Course penalty = courses.stream().filter(c -> c.id().equals("admin-penalty")).findFirst().orElseThrow();
        long reserveSingles = penalty.reserveQuestions().stream().filter(q -> q.type() == QuestionType.SINGLE).count();
        assertThat(out).containsPattern("admin-penalty +general-admin-law .*practice +"
                + penalty.practiceQuestions().size() + " \\(single \\d+, multiple \\d+, truefalse \\d+\\) +reserve +"
                + penalty.reserveQuestions().size() + " \\(single " + reserveSingles + ",")
                .containsPattern("\\d+ practice questions, \\d+ exam-only reserve questions, 0 on outdated law");
    }

    @Test
    void a_question_id_in_both_the_practice_bank_and_the_reserve_is_refused() throws IOException {
        CourseFixtures.copyOfCourses(tmp);
        Path bank = tmp.resolve("admin-penalty/questions.yaml");
        String yaml = Files.readString(bank);
        Files.writeString(bank, yaml.replace("- id: ap-r01", "- id: ap-001"));
        int line = (int) yaml.substring(0, yaml.indexOf("- id: ap-r01")).chars().filter(c -> c == '\n').count() + 1;
        String out = run(tmp, 1);
        assertThat(out).contains("admin-penalty/questions.yaml:" + line
                + ": The question id \"ap-001\" is used both in the practice bank and in the exam-only reserve");
    }

    @Test
    void a_course_with_a_small_reserve_or_a_bad_group_is_reported() throws IOException {
        CourseFixtures.copyOfCourses(tmp);
        Path bank = tmp.resolve("work-safety/questions.yaml");
        Files.writeString(bank, Files.readString(bank).replace("exam_only: true", "exam_only: false"));
        Path course = tmp.resolve("land-administration/course.yaml");
        Files.writeString(course, Files.readString(course).replace("group: enforcement-field", "group: farming"));
        Path penalty = tmp.resolve("admin-penalty/questions.yaml");
        Files.writeString(penalty, Files.readString(penalty).replaceFirst("law: admin-penalty-2021", "law: admin-penalty-2017"));
        String out = run(tmp, 1);
        assertThat(out).contains("warning: cites admin-penalty-2017, which is amended; the version in force is admin-penalty-2021")
                .containsPattern("admin-penalty .* on outdated law 1\n")
                .contains("work-safety/questions.yaml:1: warning: the course has 0 exam-only reserve questions")
                .contains("land-administration/course.yaml:").contains("The group \"farming\" is invalid");
    }

    @Test
    void an_answer_not_among_its_options_fails_with_file_and_line() throws IOException {
        CourseFixtures.copyOfCourses(tmp);
        String broken = Files.readString(CourseFixtures.breakFirstSingleAnswer(tmp, "admin-penalty"));
        int line = (int) broken.substring(0, broken.indexOf("answer: [Z]")).chars().filter(c -> c == '\n').count() + 1;
        String out = run(tmp, 1);
        assertThat(out).contains("admin-penalty/questions.yaml:" + line + ": ").contains("\"Z\"")
                .contains("is not among its options");
    }

    @Test
    void every_kind_of_error_is_named_with_its_file_and_line() throws IOException {
        Files.writeString(tmp.resolve("laws.yaml"), """
                laws:
                  - id: law-a
                    title: {zh: 甲法}
                    status: in_force
                  - id: law-old
                    title: {zh: 甲法旧版}
                    status: amended
                    replaced_by: law-a
                """);
        Path c = Files.createDirectories(tmp.resolve("demo/lessons"));
        Files.writeString(c.resolve("01-a.md"), "# A\n");
        Files.writeString(tmp.resolve("demo/course.yaml"), """
                id: demo
                title: {zh: 演示}
                laws: [law-a, law-x]
                lessons:
                  - file: 01-a.md
                    title: {zh: 一}
                    minutes: 10
                  - file: 02-missing.md
                    title: {zh: 二}
                    minutes: 10
                """);
        Files.writeString(tmp.resolve("demo/questions.yaml"), """
                questions:
                  - id: q1
                    type: single
                    stem: 问
                    options: {A: 甲, B: 乙}
                    answer: [A]
                    explanation: 因为
                    difficulty: 1
                    source: {law: law-a, article: 1}
                  - id: q1
                    type: single
                    stem: 问
                    options: {A: 甲, B: 乙}
                    answer: [A]
                    explanation: 因为
                    difficulty: 1
                    source: {law: law-a, article: 2}
                  - id: q3
                    type: truefalse
                    stem: 判断
                    answer: true
                    explanation: 因为
                    difficulty: 2
                    source: {law: law-old, article: 3}
                """);
        Files.createDirectories(tmp.resolve("yamlbad"));
        Files.writeString(tmp.resolve("yamlbad/course.yaml"), "id: yamlbad\ntitle: {zh: 坏\n  broken: [\n");
        String out = run(tmp, 1);
        assertThat(out).contains("demo/course.yaml:3: Unknown law id \"law-x\"")
                .contains("demo/course.yaml:8: Missing lesson file demo/lessons/02-missing.md")
                .contains("demo/questions.yaml:10: The question id \"q1\" is used twice (first on line 2)")
                .contains("demo/questions.yaml:24: warning: cites law-old, which is amended; the version in force is law-a")
                .contains("yamlbad/course.yaml:").contains("Bad YAML");
    }
}
