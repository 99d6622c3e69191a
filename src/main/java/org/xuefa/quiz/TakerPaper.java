package org.xuefa.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.xuefa.course.QuestionType;

/**
 * What a taker's browser may know during an attempt: stems, options behind opaque tokens, and their own answers.
 * No key, no points, no score. {@code courseId} is the course of a course quiz (null for an exam), for the way back.
 */
public record TakerPaper(Long attemptId, String examTitle, Instant deadline, List<Item> items, String courseId) {

    public record Item(int position, QuestionType type, String stem, List<Choice> choices, Set<String> chosen) {
        public boolean answered() {
            return !chosen.isEmpty();
        }
    }

    /** One option: an opaque token and its text ("true"/"false" for a true-false question). */
    public record Choice(String token, String text) {
    }

    public long answeredCount() {
        return items.stream().filter(Item::answered).count();
    }
}
