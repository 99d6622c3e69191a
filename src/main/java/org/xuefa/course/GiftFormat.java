package org.xuefa.course;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A course's question bank in Moodle's GIFT format, both ways, and as questions.yaml text.
 *
 * <p>{@link #write} produces GIFT that Moodle imports: one question per block, the question id as the GIFT name,
 * the explanation as general feedback ({@code ####}), single choice as {@code =right ~wrong}, multiple choice
 * with the right options sharing 100% and the wrong ones at -100%, true-false as {@code {TRUE}} or
 * {@code {FALSE}}. Texts are marked {@code [plain]} so that Moodle shows them as written. The fields GIFT lacks
 * (difficulty, tags, the law and article, the option keys) go in a comment line right before each question,
 * {@code // xuefa: id=..; difficulty=..; tags=a,b; law=..; article=..; keys=A,B,C,D} (and {@code exam_only=true}
 * for a reserve question), so that {@link #read} returns an equal bank.
 *
 * <p>{@link #read} follows Moodle's own GIFT reader (question/format/gift/format.php): blocks separated by blank
 * lines, {@code //} comment lines, {@code $CATEGORY:} blocks, {@code ::name::}, the first pair of braces,
 * {@code ####} general feedback, {@code #} answer feedback, {@code %n%} weights and backslash escapes of
 * {@code ~ = # { } :}, {@code \\} and {@code \n}. Only single choice, multiple choice and true-false questions
 * are imported; the others are reported.
 *
 * <p>Limits: as in Moodle, every text is trimmed (leading and trailing white space, including line breaks, is
 * lost) and carriage returns become line feeds.
 */
public final class GiftFormat {

    /** What {@link #read} found: the questions it could import and the problems, each with its line. */
    public record GiftImport(List<Question> questions, List<GiftProblem> problems) {
        public GiftImport {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A problem of a GIFT file: {@code line} is where the question starts (1-based), {@code messageKey} a
     * translation key, {@code args} the arguments of its message.
     */
    public record GiftProblem(int line, String messageKey, List<Object> args) {
        public GiftProblem {
            args = List.copyOf(args);
        }
    }

    public static final String UNSUPPORTED_TYPE = "gift.error.unsupported-type";
    public static final String NO_ANSWER = "gift.error.no-answer";
    public static final String SYNTAX = "gift.error.syntax";
    public static final String MISSING_SOURCE = "gift.error.missing-source";
    public static final String TOO_FEW_OPTIONS = "gift.error.too-few-options";
    public static final String SEVERAL_RIGHT = "gift.error.single-several-right";
    public static final String PARTIAL_CREDIT = "gift.error.partial-credit";
    public static final String DUPLICATE_ID = "gift.error.duplicate-id";
    public static final String BAD_METADATA = "gift.error.bad-metadata";

    /** The GIFT question types Xuefa does not import, as passed to {@link #UNSUPPORTED_TYPE}. */
    public static final String TYPE_MATCHING = "matching";
    public static final String TYPE_NUMERICAL = "numerical";
    public static final String TYPE_SHORT_ANSWER = "short-answer";
    public static final String TYPE_ESSAY = "essay";
    public static final String TYPE_DESCRIPTION = "description";

    static final String XUEFA_COMMENT = "// xuefa:";
    static final String ESCAPED = "\\:#={}~";
    static final Set<String> TEXT_FORMATS = Set.of("moodle", "html", "plain", "markdown");
    /** Moodle's $giftanswerweightregex. */
    static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    static final int DEFAULT_DIFFICULTY = 2;

    private GiftFormat() {
    }

    /**
     * The questions as a GIFT file for Moodle, in category {@code $course$/top/Xuefa/<courseId>}, without the
     * exam-only reserve: a bank handed out must not carry the questions kept for exams.
     */
    public static String write(String courseId, List<Question> questions) {
        return write(courseId, questions, false);
    }

    /**
     * The questions as GIFT; the exam-only reserve only when asked for explicitly, each marked
     * {@code exam_only=true} in its xuefa comment so that an import keeps it in the reserve.
     */
    public static String write(String courseId, List<Question> questions, boolean includeReserve) {
        return GiftWriter.write(courseId, includeReserve ? questions
                : questions.stream().filter(q -> !q.examOnly()).toList());
    }

    /** Reads a GIFT file: Xuefa's own export exactly, and plain GIFT from Moodle as far as Xuefa supports it. */
    public static GiftImport read(String text) {
        return GiftReader.read(text);
    }

    /** The questions as the text of a questions.yaml file (see courses/README.md). */
    public static String toYaml(List<Question> questions) {
        return GiftWriter.toYaml(questions);
    }
}
