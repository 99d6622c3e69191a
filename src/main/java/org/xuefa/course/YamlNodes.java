package org.xuefa.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads SnakeYAML's node tree, which keeps line numbers for every value. Lines are 1-based. */
final class YamlNodes {
    private YamlNodes() {
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static Map<String, Node> map(Node node) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.put(k.getValue(), t.getValueNode());
                }
            }
        }
        return out;
    }

    static boolean isMap(Node node) {
        return node instanceof MappingNode;
    }

    static List<Node> list(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of();
    }

    static boolean isList(Node node) {
        return node instanceof SequenceNode;
    }

    /** The text of a scalar, trimmed; null for a missing, empty or non-scalar value. */
    static String text(Node node) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            return v == null || v.isBlank() || "null".equals(v) || "~".equals(v) ? null : v.strip();
        }
        return null;
    }

    /** The scalars of a list, or a single scalar as a one-element list. */
    static List<String> texts(Node node) {
        if (node instanceof ScalarNode) {
            String t = text(node);
            return t == null ? List.of() : List.of(t);
        }
        return list(node).stream().map(YamlNodes::text).filter(t -> t != null).toList();
    }

    static Integer integer(Node node) {
        String t = text(node);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
