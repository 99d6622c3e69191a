package org.xuefa.course;

import java.util.List;
import java.util.Set;

/**
 * A question of a course's bank. For a true-false question {@code options} is empty and {@code answer} is
 * {@code {"true"}} or {@code {"false"}}. {@code line} is where it starts in questions.yaml (0 when unknown).
 * An {@code examOnly} question belongs to the course's reserve: it is drawn into exams only, never shown in
 * practice, course quizzes or live quizzes, so that takers cannot have rehearsed it.
 */
public record Question(String id, QuestionType type, String stem, List<Option> options, Set<String> answer,
        String explanation, int difficulty, List<String> tags, LawRef source, int line, boolean examOnly) {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    public Question {
        options = List.copyOf(options);
        answer = Set.copyOf(answer);
        tags = List.copyOf(tags);
    }

    /** A practice question (not exam-only). */
    public Question(String id, QuestionType type, String stem, List<Option> options, Set<String> answer,
            String explanation, int difficulty, List<String> tags, LawRef source, int line) {
        this(id, type, stem, options, answer, explanation, difficulty, tags, source, line, false);
    }

    /** The options a taker chooses from: the listed ones, or true and false. */
    public List<Option> choices() {
        return type == QuestionType.TRUEFALSE ? List.of(new Option(TRUE, TRUE), new Option(FALSE, FALSE)) : options;
    }

    public boolean isCorrect(Set<String> chosen) {
        return answer.equals(chosen);
    }

    /** The same question without its position in a file, for comparing banks. */
    public Question withoutLine() {
        return new Question(id, type, stem, options, answer, explanation, difficulty, tags, source, 0, examOnly);
    }
}
