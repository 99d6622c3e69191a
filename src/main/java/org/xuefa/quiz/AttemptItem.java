package org.xuefa.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.xuefa.base.BusinessException;
import org.xuefa.course.QuestionType;
import org.xuefa.course.ShuffledOptions;

/**
 * One question of a drawn paper: which bank question, its points, its options in this attempt's shuffled order
 * with an opaque token each, and what the taker chose (as bank keys).
 */
@Entity
@Table(name = "attempt_item")
class AttemptItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long attemptId;
    private int position;
    private String courseId;
    private String questionId;
    private String questionType;
    private BigDecimal points;
    private String optionKeys;
    private String optionTokens;
    private String answerKeys;
    private String chosen;
    private Instant answeredAt;
    private BigDecimal awarded;

    protected AttemptItem() {
    }

    AttemptItem(Long attemptId, int position, String courseId, String questionId, QuestionType type,
            BigDecimal points, List<String> keys, List<String> tokens, Set<String> answer) {
        this.attemptId = attemptId;
        this.position = position;
        this.courseId = courseId;
        this.questionId = questionId;
        this.questionType = type.name();
        this.points = points;
        this.optionKeys = String.join(",", keys);
        this.optionTokens = String.join(",", tokens);
        // the key is kept with the paper, server-side, so a later edit of the bank cannot change a grade
        this.answerKeys = String.join(",", new TreeSet<>(answer));
    }

    Set<String> answerKeys() {
        return Arrays.stream(answerKeys.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    List<String> keys() {
        return Arrays.asList(optionKeys.split(","));
    }

    List<String> tokens() {
        return Arrays.asList(optionTokens.split(","));
    }

    /** Bank keys for the chosen tokens; unknown tokens are refused. */
    Set<String> keysFor(Set<String> chosenTokens) {
        return options().keysFor(chosenTokens)
                .orElseThrow(() -> new BusinessException("attempt.error.bad-option"));
    }

    ShuffledOptions options() {
        return new ShuffledOptions(keys(), tokens());
    }

    void choose(Set<String> keys, Instant now) {
        this.chosen = keys.isEmpty() ? null : String.join(",", new TreeSet<>(keys));
        this.answeredAt = now;
    }

    Set<String> chosenKeys() {
        return chosen == null || chosen.isBlank() ? Set.of()
                : Arrays.stream(chosen.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> chosenTokens() {
        return Set.copyOf(options().tokensOf(chosenKeys()));
    }

    void award(BigDecimal points) {
        this.awarded = points;
    }

    Long attemptId() {
        return attemptId;
    }

    int position() {
        return position;
    }

    String courseId() {
        return courseId;
    }

    String questionId() {
        return questionId;
    }

    QuestionType type() {
        return QuestionType.valueOf(questionType);
    }

    BigDecimal points() {
        return points;
    }

    BigDecimal awarded() {
        return awarded;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
