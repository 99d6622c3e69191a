package org.xuefa.course;

import static org.xuefa.course.GiftFormat.*;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes question banks as GIFT for Moodle, and as questions.yaml for the courses folder. */
final class GiftWriter {
    private GiftWriter() {
    }

    /** The questions as a GIFT file for Moodle, in category {@code $course$/top/Xuefa/<courseId>}. */
    static String write(String courseId, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// Xuefa question bank: ").append(oneLine(courseId)).append('\n');
        out.append("// Moodle GIFT format. The \"// xuefa:\" comments keep what GIFT lacks; leave them in place\n");
        out.append("// to import this file back into Xuefa.\n");
        out.append("$CATEGORY: $course$/top/Xuefa/").append(oneLine(courseId).replace("/", "-")).append("\n\n");
        for (Question q : questions) {
            writeQuestion(out, q);
            out.append('\n');
        }
        return out.toString();
    }

    private static void writeQuestion(StringBuilder out, Question q) {
        out.append(XUEFA_COMMENT).append(" id=").append(meta(q.id()));
        out.append("; difficulty=").append(q.difficulty());
        out.append("; tags=").append(String.join(",", q.tags().stream().map(GiftWriter::meta).toList()));
        if (q.source() != null) {
            out.append("; law=").append(meta(q.source().lawId()));
            out.append("; article=").append(q.source().article());
        }
        if (q.examOnly()) {
            out.append("; exam_only=true");
        }
        if (q.type() != QuestionType.TRUEFALSE) {
            out.append("; keys=").append(String.join(",", q.options().stream().map(o -> meta(o.key())).toList()));
        }
        out.append('\n');
        out.append("::").append(escape(q.id())).append("::[plain]").append(escape(q.stem()));
        if (q.type() == QuestionType.TRUEFALSE) {
            out.append('{').append(q.answer().contains(Question.TRUE) ? "TRUE" : "FALSE");
            if (q.explanation() != null) {
                out.append("####").append(text(q.explanation()));
            }
            out.append("}\n");
            return;
        }
        out.append("{\n");
        long right = q.options().stream().filter(o -> q.answer().contains(o.key())).count();
        String share = right == 0 ? "0" : new BigDecimal(100).divide(BigDecimal.valueOf(right), 5,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        for (Option o : q.options()) {
            boolean isRight = q.answer().contains(o.key());
            String weight;
            if (q.type() == QuestionType.SINGLE) {
                // a text starting with %n% would be read as a weight: give the weight explicitly
                weight = isRight ? "=" : o.text() != null && o.text().startsWith("%") ? "~%0%" : "~";
            } else {
                weight = isRight ? "~%" + share + "%" : "~%-100%";
            }
            out.append('\t').append(weight).append(text(o.text())).append('\n');
        }
        if (q.explanation() != null) {
            out.append("\t####").append(text(q.explanation())).append('\n');
        }
        out.append("}\n");
    }

    /** An answer or feedback text: escaped, and marked plain when it starts with what looks like a format. */
    private static String text(String s) {
        String e = escape(s);
        return e.startsWith("[") ? "[plain]" + e : e;
    }

    /** Moodle's repchar: backslash before \ ~ = # { } :, line breaks as \n. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else {
                if (ESCAPED.indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A value of the xuefa comment: percent-encodes (UTF-8) what would break the comment line. */
    static String meta(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || "%;,= \\".indexOf(cp) >= 0) {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xff));
                }
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    static String unmeta(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
                out.write(Integer.parseInt(new String(in, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    /** The questions as the text of a questions.yaml file (see courses/README.md). */
    static String toYaml(List<Question> questions) {
        StringBuilder out = new StringBuilder("questions:\n");
        boolean firstQuestion = true;
        for (Question q : questions) {
            if (!firstQuestion) {
                out.append('\n');
            }
            firstQuestion = false;
            out.append("  - id: ").append(quote(q.id())).append('\n');
            out.append("    type: ").append(q.type().code()).append('\n');
            out.append("    stem: ").append(quote(q.stem())).append('\n');
            if (q.type() == QuestionType.TRUEFALSE) {
                out.append("    answer: ").append(q.answer().contains(Question.TRUE) ? "true" : "false").append('\n');
            } else {
                out.append("    options:\n");
                for (Option o : q.options()) {
                    out.append("      ").append(yamlKey(o.key())).append(": ").append(quote(o.text())).append('\n');
                }
                List<String> keys = new ArrayList<>();
                for (Option o : q.options()) {
                    if (q.answer().contains(o.key())) {
                        keys.add(yamlKey(o.key()));
                    }
                }
                q.answer().stream().filter(a -> q.options().stream().noneMatch(o -> o.key().equals(a))).sorted()
                        .forEach(a -> keys.add(yamlKey(a)));
                out.append("    answer: [").append(String.join(", ", keys)).append("]\n");
            }
            if (q.explanation() != null) {
                out.append("    explanation: ").append(quote(q.explanation())).append('\n');
            }
            out.append("    difficulty: ").append(q.difficulty()).append('\n');
            out.append("    tags: [").append(String.join(", ", q.tags().stream().map(GiftWriter::quote).toList()))
                    .append("]\n");
            if (q.source() != null) {
                out.append("    source: {law: ").append(quote(q.source().lawId())).append(", article: ")
                        .append(q.source().article()).append("}\n");
            } else {
                out.append("    # source: {law: <law id from laws.yaml>, article: <number>}   # missing: required\n");
            }
            if (q.examOnly()) {
                out.append("    exam_only: true\n");
            }
        }
        return out.toString();
    }

    /** An option key: plain when it is a capital letter YAML cannot mistake for something else, else quoted. */
    private static String yamlKey(String k) {
        return k != null && k.matches("[A-Z]") && !k.equals("Y") && !k.equals("N") ? k : quote(k);
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\u0085' -> b.append("\\N");
                case '\u2028' -> b.append("\\L");
                case '\u2029' -> b.append("\\P");
                case '\uFEFF' -> b.append("\\uFEFF");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        b.append(String.format("\\x%02X", (int) c));
                    } else if (Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
