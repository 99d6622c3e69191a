package org.xuefa.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Law;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

/**
 * Turns a stored paper into what a taker may see: during the attempt only stems and options behind tokens; after
 * it, the review with keys, explanations and sources.
 */
final class PaperViews {
    private PaperViews() {
    }

    static List<TakerPaper.Item> takerItems(List<AttemptItem> paper, CourseLibrary lib) {
        return paper.stream().map(i -> {
            Question q = question(lib, i);
            List<String> keys = i.keys();
            List<String> tokens = i.tokens();
            List<TakerPaper.Choice> choices = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                choices.add(new TakerPaper.Choice(tokens.get(k), text(q, keys.get(k))));
            }
            return new TakerPaper.Item(i.position(), i.type(), q == null ? "" : q.stem(), choices, i.chosenTokens());
        }).toList();
    }

    static List<ExamResult.ReviewItem> review(List<AttemptItem> paper, CourseLibrary lib) {
        return paper.stream().map(i -> {
            Question q = question(lib, i);
            Set<String> chosen = i.chosenKeys();
            Set<String> right = i.answerKeys();
            List<ExamResult.ReviewChoice> choices = new ArrayList<>();
            List<String> keys = i.keys();
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                String label = i.type() == QuestionType.TRUEFALSE ? key : String.valueOf((char) ('A' + k));
                choices.add(new ExamResult.ReviewChoice(label, text(q, key), chosen.contains(key), right.contains(key)));
            }
            Law law = q == null || q.source() == null ? null : lib.law(q.source().lawId());
            return new ExamResult.ReviewItem(i.position(), i.type(), q == null ? "" : q.stem(), choices,
                    q == null ? "" : q.explanation(), law == null ? "" : law.titleZh(),
                    q == null || q.source() == null ? 0 : q.source().article(), i.points(),
                    i.awarded() == null ? BigDecimal.ZERO : i.awarded());
        }).toList();
    }

    /** The bank question behind a paper item; null when its course is no longer served. */
    static Question question(CourseLibrary lib, AttemptItem i) {
        var course = lib.courses().get(i.courseId());
        return course == null ? null : course.question(i.questionId()).orElse(null);
    }

    private static String text(Question q, String key) {
        return q == null ? key : q.choices().stream().filter(o -> o.key().equals(key)).map(Option::text).findFirst()
                .orElse(key);
    }
}
