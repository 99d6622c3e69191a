package org.xuefa.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.xuefa.course.QuestionType;

/**
 * A submitted attempt as its taker sees it, with the review the exam's settings allow (empty otherwise);
 * {@code courseId} is the course of a course quiz (null for an exam), for the way back.
 */
public record ExamResult(AttemptRecord attempt, String examTitle, boolean reviewAllowed, List<ReviewItem> review,
        String certificateCode, String courseId) {

    public record ReviewItem(int position, QuestionType type, String stem, List<ReviewChoice> choices,
            String explanation, String lawTitle, int article, BigDecimal points, BigDecimal awarded) {
    }

    /** An option in the taker's order, labelled A, B, ... (or true/false), with whether it was chosen and right. */
    public record ReviewChoice(String label, String text, boolean chosen, boolean right) {
    }

    public Set<Band> passingBands() {
        return Set.of(Band.EXCELLENT, Band.GOOD, Band.PASS);
    }
}
