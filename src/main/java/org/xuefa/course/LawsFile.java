package org.xuefa.course;

import static org.xuefa.course.CourseFolderReader.LAWS_FILE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code laws.yaml}: each law's id, titles, issuer, version, date in force, status and replacement. */
final class LawsFile {
    private LawsFile() {
    }

    /** The laws of {@code laws.yaml} in the folder, every problem reported with its line. */
    static Map<String, Law> read(Path dir, List<CourseProblem> problems) {
        Map<String, Law> laws = new LinkedHashMap<>();
        Node root = CourseFolderReader.parse(dir.resolve(LAWS_FILE), LAWS_FILE, problems);
        if (root == null) {
            return laws;
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Node> replacedByNodes = new LinkedHashMap<>();
        for (Node n : YamlNodes.list(YamlNodes.map(root).get("laws"))) {
            int line = YamlNodes.line(n);
            Map<String, Node> m = YamlNodes.map(n);
            String id = YamlNodes.text(m.get("id"));
            if (id == null || !id.matches(CourseFolderReader.ID_PATTERN)) {
                problems.add(CourseProblem.error(LAWS_FILE, line, "courses.error.bad-id", String.valueOf(id)));
                continue;
            }
            if (laws.containsKey(id)) {
                problems.add(CourseProblem.error(LAWS_FILE, line, "courses.error.duplicate-law", id, lines.get(id)));
                continue;
            }
            Map<String, Node> title = YamlNodes.map(m.get("title"));
            String zh = YamlNodes.text(title.get("zh"));
            if (zh == null) {
                problems.add(CourseProblem.error(LAWS_FILE, line, "courses.error.missing-field", "title.zh"));
            }
            LawStatus status = LawStatus.parse(YamlNodes.text(m.get("status")));
            if (status == null) {
                problems.add(CourseProblem.error(LAWS_FILE, YamlNodes.line(m.get("status")) == 0 ? line
                        : YamlNodes.line(m.get("status")), "courses.error.bad-status",
                        String.valueOf(YamlNodes.text(m.get("status")))));
                status = LawStatus.IN_FORCE;
            }
            LocalDate version = date(m.get("version"), "version", line, problems);
            LocalDate effective = date(m.get("effective"), "effective", line, problems);
            String replacedBy = YamlNodes.text(m.get("replaced_by"));
            if (status != LawStatus.IN_FORCE && replacedBy == null && status == LawStatus.AMENDED) {
                problems.add(CourseProblem.error(LAWS_FILE, line, "courses.error.missing-field", "replaced_by"));
            }
            if (replacedBy != null) {
                replacedByNodes.put(id, m.get("replaced_by"));
            }
            laws.put(id, new Law(id, zh, YamlNodes.text(title.get("en")), YamlNodes.text(m.get("issuer")), version,
                    effective, status, replacedBy));
            lines.put(id, line);
        }
        replacedByNodes.forEach((id, node) -> {
            if (!laws.containsKey(YamlNodes.text(node))) {
                problems.add(CourseProblem.error(LAWS_FILE, YamlNodes.line(node), "courses.error.unknown-law",
                        YamlNodes.text(node)));
            }
        });
        return laws;
    }

    private static LocalDate date(Node node, String field, int line, List<CourseProblem> problems) {
        String t = YamlNodes.text(node);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(CourseProblem.error(LAWS_FILE, YamlNodes.line(node), "courses.error.bad-date", field, t));
            return null;
        }
    }
}
