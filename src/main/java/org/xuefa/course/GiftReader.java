package org.xuefa.course;

import static org.xuefa.course.GiftFormat.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
            GiftText text = GiftText.decode(joined.toString()).trim();
            if (text.isEmpty() || text.startsWith("$CATEGORY:")) {
                return;
            }
            ordinal++;
            question(text, xuefa, first);
        }

        void question(GiftText text, String xuefa, int line) {
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
            GiftText answers = text.sub(open + 1, close).trim();
            // as Moodle: no blank when the question ends with "}", else the answers mark a missing word
            GiftText stemText = text.startsWithAt("}", text.length() - 1)
                    ? text.sub(0, open).concat(text.sub(close + 1, text.length()))
                    : text.sub(0, open).concat(GiftText.decode("_____")).concat(text.sub(close + 1, text.length()));
            String explanation = null;
            int gf = answers.lastIndexOf("####");
            if (gf >= 0) {
                explanation = formatted(answers.sub(gf + 4, answers.length()));
                answers = answers.sub(0, gf).trim();
            }
            String stem = formatted(stemText);
            GiftMeta meta = GiftMeta.parse(xuefa);
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
                List<GiftText> parts = answers.splitBefore("~=");
                if (!parts.isEmpty() && parts.get(0).trim().isEmpty()) {
                    parts.remove(0);
                }
                if (parts.size() < 2) {
                    problem(line, TOO_FEW_OPTIONS, label);
                    return;
                }
                boolean partial = false;
                for (GiftText part : parts) {
                    GiftText a = part.trim();
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
                    GiftText optionText = hash >= 0 ? a.sub(0, hash) : a;
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
    private static String formatted(GiftText e) {
        GiftText t = e.trim();
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

}
