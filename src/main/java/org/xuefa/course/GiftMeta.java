package org.xuefa.course;

import static org.xuefa.course.GiftFormat.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a {@code // xuefa:} comment. */
final class GiftMeta {
    String id;
    Integer difficulty;
    List<String> tags = List.of();
    String law;
    Integer article;
    List<String> keys;
    boolean examOnly;
    final List<String> bad = new ArrayList<>();

    static GiftMeta parse(String comment) {
        GiftMeta m = new GiftMeta();
        if (comment == null) {
            return m;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : comment.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        m.id = fields.containsKey("id") ? GiftWriter.unmeta(fields.get("id")) : null;
        m.law = fields.containsKey("law") ? GiftWriter.unmeta(fields.get("law")) : null;
        m.difficulty = integer(m, fields, "difficulty");
        m.article = integer(m, fields, "article");
        String tags = fields.get("tags");
        if (tags != null && !tags.isEmpty()) {
            m.tags = Arrays.stream(tags.split(",", -1)).map(GiftWriter::unmeta).toList();
        }
        m.examOnly = "true".equalsIgnoreCase(fields.get("exam_only"));
        String keys = fields.get("keys");
        if (keys != null && !keys.isEmpty()) {
            m.keys = Arrays.stream(keys.split(",", -1)).map(GiftWriter::unmeta).toList();
        }
        return m;
    }

    private static Integer integer(GiftMeta m, Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            m.bad.add(name);
            return null;
        }
    }
}
