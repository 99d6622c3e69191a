package org.xuefa.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and validates a course's questions.yaml, reporting every problem with its line. */
final class QuestionReader {
    private QuestionReader() {
    }

    static List<Question> read(Path folder, String folderName, Map<String, Law> laws,
            List<CourseProblem> problems) {
        String file = folderName + "/questions.yaml";
        List<Question> questions = new ArrayList<>();
        Node root = CourseFolderReader.parse(folder.resolve("questions.yaml"), file, problems);
        if (root == null) {
            return questions;
        }
        Map<String, Question> seen = new LinkedHashMap<>();
        for (Node n : YamlNodes.list(YamlNodes.map(root).get("questions"))) {
            Question q = readQuestion(n, file, laws, problems);
            if (q == null) {
                continue;
            }
            Question first = seen.putIfAbsent(q.id(), q);
            if (first != null) {
                // an id in both the practice bank and the reserve would let a practised question pass as unseen
                problems.add(CourseProblem.error(file, q.line(), first.examOnly() != q.examOnly()
                        ? "courses.error.id-in-both" : "courses.error.duplicate-question", q.id(), first.line()));
                continue;
            }
            questions.add(q);
        }
        return questions;
    }

    private static Question readQuestion(Node n, String file, Map<String, Law> laws, List<CourseProblem> problems) {
        int line = YamlNodes.line(n);
        int before = problems.size();
        Map<String, Node> m = YamlNodes.map(n);
        String id = YamlNodes.text(m.get("id"));
        if (id == null || !id.matches("[A-Za-z0-9_.-]{1,64}")) {
            problems.add(CourseProblem.error(file, line, "courses.error.bad-id", String.valueOf(id)));
            return null;
        }
        QuestionType type = QuestionType.parse(YamlNodes.text(m.get("type")));
        if (type == null) {
            problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "type", line), "courses.error.bad-type", id,
                    String.valueOf(YamlNodes.text(m.get("type")))));
            return null;
        }
        String stem = YamlNodes.text(m.get("stem"));
        if (stem == null) {
            problems.add(CourseProblem.error(file, line, "courses.error.question-field", id, "stem"));
        }
        List<Option> options = new ArrayList<>();
        Set<String> answer = new TreeSet<>();
        Node answerNode = m.get("answer");
        if (type == QuestionType.TRUEFALSE) {
            if (m.containsKey("options")) {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "options", line), "courses.error.truefalse-options", id));
            }
            String a = YamlNodes.text(answerNode);
            if ("true".equalsIgnoreCase(a) || "false".equalsIgnoreCase(a)) {
                answer.add(a.toLowerCase());
            } else {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "answer", line), "courses.error.truefalse-answer", id));
            }
        } else {
            Map<String, Node> opts = YamlNodes.map(m.get("options"));
            opts.forEach((key, value) -> options.add(new Option(key.strip(), YamlNodes.text(value))));
            if (options.size() < 2 || options.size() > 6) {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "options", line), "courses.error.option-count", id,
                        options.size()));
            }
            options.stream().filter(o -> o.text() == null).forEach(o -> problems.add(CourseProblem.error(file,
                    CourseFolderReader.lineOf(m, "options", line), "courses.error.empty-option", id, o.key())));
            Set<String> keys = new HashSet<>();
            options.forEach(o -> keys.add(o.key()));
            for (Node a : YamlNodes.isList(answerNode) ? YamlNodes.list(answerNode)
                    : answerNode == null ? List.<Node>of() : List.of(answerNode)) {
                String key = YamlNodes.text(a);
                if (key == null || !keys.contains(key)) {
                    problems.add(CourseProblem.error(file, YamlNodes.line(a), "courses.error.answer-not-option", id,
                            String.valueOf(key)));
                } else {
                    answer.add(key);
                }
            }
            if (answer.isEmpty() && problems.size() == before) {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "answer", line), "courses.error.no-answer", id));
            } else if (type == QuestionType.SINGLE && answer.size() > 1) {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "answer", line), "courses.error.single-many", id));
            } else if (type == QuestionType.MULTIPLE && answer.size() == 1) {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "answer", line), "courses.error.multiple-one", id));
            }
        }
        String explanation = YamlNodes.text(m.get("explanation"));
        if (explanation == null) {
            problems.add(CourseProblem.error(file, line, "courses.error.question-field", id, "explanation"));
        }
        Integer difficulty = YamlNodes.integer(m.get("difficulty"));
        if (difficulty == null || difficulty < 1 || difficulty > 3) {
            problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "difficulty", line), "courses.error.bad-difficulty", id));
            difficulty = 2;
        }
        Map<String, Node> source = YamlNodes.map(m.get("source"));
        String lawId = YamlNodes.text(source.get("law"));
        Integer article = YamlNodes.integer(source.get("article"));
        LawRef ref = null;
        if (lawId == null || article == null || article < 1) {
            problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "source", line), "courses.error.no-source", id));
        } else if (!laws.containsKey(lawId)) {
            problems.add(CourseProblem.error(file, YamlNodes.line(source.get("law")), "courses.error.unknown-law", lawId));
        } else {
            ref = new LawRef(lawId, article);
            CourseFolderReader.outdated(laws.get(lawId), file, YamlNodes.line(source.get("law")), problems);
        }
        boolean examOnly = false;
        if (m.containsKey("exam_only")) {
            String flag = YamlNodes.text(m.get("exam_only"));
            if ("true".equalsIgnoreCase(flag) || "false".equalsIgnoreCase(flag)) {
                examOnly = "true".equalsIgnoreCase(flag);
            } else {
                problems.add(CourseProblem.error(file, CourseFolderReader.lineOf(m, "exam_only", line),
                        "courses.error.bad-exam-only", id, String.valueOf(flag)));
            }
        }
        if (problems.subList(before, problems.size()).stream().anyMatch(CourseProblem::isError)) {
            return null;
        }
        return new Question(id, type, stem, options, answer, explanation, difficulty,
                YamlNodes.texts(m.get("tags")), ref, line, examOnly);
    }

}
