package org.xuefa.course;

import static org.xuefa.course.GiftFormat.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Reads GIFT: Xuefa's own export exactly, and plain GIFT from Moodle as far as Xuefa supports it. */
final class GiftReader {
    private GiftReader() {
    }

    /** Reads a GIFT file: Xuefa's own export exactly, and plain GIFT from Moodle as far as Xuefa supports it. */
    static GiftImport read(String text) {
        Reader r = new Reader();
        String t = text == null ? "" : text;
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        String[] lines = t.split("\\r\\n|\\r|\\n", -1);
        List<int[]> block = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || phpTrim(lines[i]).isEmpty()) {
                if (!block.isEmpty()) {
                    r.block(lines, block);
                    block.clear();
                }
            } else {
                block.add(new int[] {i});
            }
        }
        return new GiftImport(r.questions, r.problems);
    }

    private static final class Reader {
        final List<Question> questions = new ArrayList<>();
        final List<GiftProblem> problems = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        int ordinal;

        void block(String[] lines, List<int[]> block) {
            StringBuilder joined = new StringBuilder();
            String xuefa = null;
            int first = 0;
            for (int[] at : block) {
                String line = phpTrim(lines[at[0]]);
                if (!joined.isEmpty()) {
                    joined.append('\n');
                }
                if (line.startsWith("//")) {
                    joined.append(' ');
                    if (line.startsWith(XUEFA_COMMENT)) {
                        xuefa = line.substring(XUEFA_COMMENT.length());
                    }
                } else {
                    if (first == 0) {
                        first = at[0] + 1;
                    }
                    joined.append(line);
                }
            }
            Esc text = Esc.decode(joined.toString()).trim();
            if (text.isEmpty() || text.startsWith("$CATEGORY:")) {
                return;
            }
            ordinal++;
            question(text, xuefa, first);
        }

        void question(Esc text, String xuefa, int line) {
            String name = null;
            if (text.startsWith("::")) {
                text = text.sub(2, text.length());
                int end = text.indexOf("::", 0);
                if (end >= 0) {
                    name = text.sub(0, end).plain();
                    text = text.sub(end + 2, text.length()).trim();
                }
            }
            String label = name != null && !name.isEmpty() ? name : snippet(text.plain());
            int open = text.indexOf("{", 0);
            int close = text.indexOf("}", 0);
            if (open < 0 && close < 0) {
                problem(line, UNSUPPORTED_TYPE, label, TYPE_DESCRIPTION);
                return;
            }
            if (open < 0 || close < 0 || close < open) {
                problem(line, SYNTAX, label);
                return;
            }
            Esc answers = text.sub(open + 1, close).trim();
            // as Moodle: no blank when the question ends with "}", else the answers mark a missing word
            Esc stemText = text.startsWithAt("}", text.length() - 1)
                    ? text.sub(0, open).concat(text.sub(close + 1, text.length()))
                    : text.sub(0, open).concat(Esc.decode("_____")).concat(text.sub(close + 1, text.length()));
            String explanation = null;
            int gf = answers.lastIndexOf("####");
            if (gf >= 0) {
                explanation = formatted(answers.sub(gf + 4, answers.length()));
                answers = answers.sub(0, gf).trim();
            }
            String stem = formatted(stemText);
            Meta meta = Meta.parse(xuefa);
            for (String field : meta.bad) {
                problem(line, BAD_METADATA, label, field);
            }

            QuestionType type;
            List<String> texts = new ArrayList<>();
            Set<Integer> right = new LinkedHashSet<>();
            Set<String> answer;
            if (answers.isEmpty()) {
                problem(line, UNSUPPORTED_TYPE, label, TYPE_ESSAY);
                return;
            } else if (answers.charAt(0) == '#' && !answers.escaped(0)) {
                problem(line, UNSUPPORTED_TYPE, label, TYPE_NUMERICAL);
                return;
            } else if (answers.indexOf("~", 0) >= 0) {
                type = answers.indexOf("=", 0) >= 0 ? QuestionType.SINGLE : QuestionType.MULTIPLE;
                List<Esc> parts = answers.splitBefore("~=");
                if (!parts.isEmpty() && parts.get(0).trim().isEmpty()) {
                    parts.remove(0);
                }
                if (parts.size() < 2) {
                    problem(line, TOO_FEW_OPTIONS, label);
                    return;
                }
                boolean partial = false;
                for (Esc part : parts) {
                    Esc a = part.trim();
                    if (a.startsWith("~")) {
                        a = a.sub(1, a.length()).trim();
                    }
                    BigDecimal weight;
                    if (a.startsWith("=")) {
                        weight = BigDecimal.valueOf(100);
                        a = a.sub(1, a.length());
                    } else {
                        Matcher m = WEIGHT.matcher(a.plainRaw());
                        if (m.find()) {
                            weight = weight(a.plainRaw().substring(1, m.end() - 1));
                            a = a.sub(m.end(), a.length());
                        } else {
                            weight = BigDecimal.ZERO;
                        }
                    }
                    int hash = a.indexOf("#", 0);
                    Esc optionText = hash >= 0 ? a.sub(0, hash) : a;
                    texts.add(formatted(optionText.trim()));
                    boolean isRight = type == QuestionType.SINGLE
                            ? weight.compareTo(BigDecimal.valueOf(100)) >= 0
                            : weight.signum() > 0;
                    if (isRight) {
                        right.add(texts.size() - 1);
                    } else if (type == QuestionType.SINGLE && weight.signum() > 0) {
                        partial = true;
                    }
                }
                if (right.isEmpty()) {
                    problem(line, NO_ANSWER, label);
                    return;
                }
                if (type == QuestionType.SINGLE && right.size() > 1) {
                    problem(line, SEVERAL_RIGHT, label, right.size());
                    return;
                }
                if (partial) {
                    problem(line, PARTIAL_CREDIT, label);
                }
            } else if (answers.indexOf("=", 0) >= 0 && answers.indexOf("->", 0) >= 0) {
                problem(line, UNSUPPORTED_TYPE, label, TYPE_MATCHING);
                return;
            } else {
                int hash = answers.indexOf("#", 0);
                String check = (hash > 0 ? answers.sub(0, hash).trim() : answers).plainRaw();
                if (!Set.of("T", "TRUE", "F", "FALSE").contains(check)) {
                    problem(line, UNSUPPORTED_TYPE, label, TYPE_SHORT_ANSWER);
                    return;
                }
                type = QuestionType.TRUEFALSE;
                right.add(check.startsWith("T") ? 0 : 1);
            }

            List<Option> options = new ArrayList<>();
            if (type == QuestionType.TRUEFALSE) {
                answer = Set.of(right.contains(0) ? Question.TRUE : Question.FALSE);
            } else {
                List<String> keys = meta.keys;
                if (keys != null && (keys.size() != texts.size() || new HashSet<>(keys).size() != keys.size())) {
                    problem(line, BAD_METADATA, label, "keys");
                    keys = null;
                }
                answer = new LinkedHashSet<>();
                for (int i = 0; i < texts.size(); i++) {
                    String key = keys != null ? keys.get(i) : key(i);
                    options.add(new Option(key, texts.get(i)));
                    if (right.contains(i)) {
                        answer.add(key);
                    }
                }
            }
            String id = meta.id != null && !meta.id.isEmpty() ? meta.id
                    : name != null && !name.isEmpty() ? name : "gift-" + ordinal;
            if (!ids.add(id)) {
                problem(line, DUPLICATE_ID, id);
            }
            LawRef source = meta.law != null && !meta.law.isEmpty() && meta.article != null
                    ? new LawRef(meta.law, meta.article) : null;
            if (source == null) {
                problem(line, MISSING_SOURCE, id);
            }
            questions.add(new Question(id, type, stem, options, answer, explanation,
                    meta.difficulty != null ? meta.difficulty : DEFAULT_DIFFICULTY, meta.tags, source, line,
                    meta.examOnly));
        }

        void problem(int line, String key, Object... args) {
            problems.add(new GiftProblem(line, key, Arrays.asList(args)));
        }
    }

    private static BigDecimal weight(String s) {
        String t = s.replaceFirst("^-+", "-");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static String key(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "K" + (i + 1);
    }

    private static String snippet(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 30 ? one.substring(0, 30) + "…" : one;
    }

    /** A text with its optional [format] tag removed, unescaped and trimmed, as Moodle's parse_text_with_format. */
    private static String formatted(Esc e) {
        Esc t = e.trim();
        if (t.startsWith("[")) {
            int end = t.indexOf("]", 0);
            if (end > 0 && TEXT_FORMATS.contains(t.sub(1, end).plainRaw())) {
                t = t.sub(end + 1, t.length());
            }
        }
        return phpTrim(t.plainRaw());
    }

    /** PHP's trim(): space, tab, line feed, carriage return, NUL and vertical tab, not other white space. */
    static String phpTrim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && " \t\n\r\0\u000B".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && " \t\n\r\0\u000B".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The fields of a {@code // xuefa:} comment. */
    private static final class Meta {
        String id;
        Integer difficulty;
        List<String> tags = List.of();
        String law;
        Integer article;
        List<String> keys;
        boolean examOnly;
        final List<String> bad = new ArrayList<>();

        static Meta parse(String comment) {
            Meta m = new Meta();
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

        private static Integer integer(Meta m, Map<String, String> fields, String name) {
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

    /**
     * Text after GIFT's escapes are resolved: each character knows whether it was escaped, so that an escaped
     * {@code ~} is text and an unescaped one a marker, like Moodle's placeholders.
     */
    private static final class Esc {
        private final String s;
        private final boolean[] esc;

        private Esc(String s, boolean[] esc) {
            this.s = s;
            this.esc = esc;
        }

        static Esc decode(String raw) {
            StringBuilder b = new StringBuilder(raw.length());
            boolean[] flags = new boolean[raw.length()];
            int n = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(i + 1);
                    if (ESCAPED.indexOf(next) >= 0 || next == 'n') {
                        b.append(next == 'n' ? '\n' : next);
                        flags[n++] = true;
                        i++;
                        continue;
                    }
                }
                b.append(c);
                flags[n++] = false;
            }
            return new Esc(b.toString(), Arrays.copyOf(flags, n));
        }

        int length() {
            return s.length();
        }

        boolean isEmpty() {
            return s.isEmpty();
        }

        char charAt(int i) {
            return s.charAt(i);
        }

        boolean escaped(int i) {
            return esc[i];
        }

        private boolean plainAt(String seq, int at) {
            if (at < 0 || at + seq.length() > s.length() || !s.startsWith(seq, at)) {
                return false;
            }
            for (int k = 0; k < seq.length(); k++) {
                if (esc[at + k]) {
                    return false;
                }
            }
            return true;
        }

        boolean startsWithAt(String seq, int at) {
            return plainAt(seq, at);
        }

        boolean startsWith(String seq) {
            return plainAt(seq, 0);
        }

        int indexOf(String seq, int from) {
            for (int i = Math.max(0, from); i + seq.length() <= s.length(); i++) {
                if (plainAt(seq, i)) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(String seq) {
            for (int i = s.length() - seq.length(); i >= 0; i--) {
                if (plainAt(seq, i)) {
                    return i;
                }
            }
            return -1;
        }

        Esc sub(int from, int to) {
            return new Esc(s.substring(from, to), Arrays.copyOfRange(esc, from, to));
        }

        Esc concat(Esc other) {
            boolean[] flags = Arrays.copyOf(esc, esc.length + other.esc.length);
            System.arraycopy(other.esc, 0, flags, esc.length, other.esc.length);
            return new Esc(s + other.s, flags);
        }

        /** Trims unescaped PHP white space at both ends (an escaped line break is text until the end). */
        Esc trim() {
            int a = 0;
            int b = s.length();
            while (a < b && !esc[a] && " \t\n\r\0\u000B".indexOf(s.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && !esc[b - 1] && " \t\n\r\0\u000B".indexOf(s.charAt(b - 1)) >= 0) {
                b--;
            }
            return sub(a, b);
        }

        /** Splits before each unescaped character of {@code markers}; the first part may be empty. */
        List<Esc> splitBefore(String markers) {
            List<Esc> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!esc[i] && markers.indexOf(s.charAt(i)) >= 0) {
                    parts.add(sub(start, i));
                    start = i;
                }
            }
            parts.add(sub(start, s.length()));
            return parts;
        }

        /** The characters, escapes resolved. */
        String plainRaw() {
            return s;
        }

        /** The characters, escapes resolved, trimmed as Moodle does at the end. */
        String plain() {
            return phpTrim(s);
        }
    }

}
