package org.xuefa.studylive;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.course.ShuffledOptions;

/**
 * One bank question asked live: its options in this run's order, each behind a random token that says nothing
 * about it, and the key copied from the bank. Answers are taken while it is open and refused once revealed.
 */
@Entity
@Table(name = "live_question_run")
class LiveQuestionRun extends AbstractEntity {
    private Long sessionId;
    private int position;
    private String courseId;
    private String questionId;
    private String questionType;
    private String stem;
    private String optionKeys;
    private String optionTokens;
    private String answerKeys;
    @Enumerated(EnumType.STRING)
    private LiveRunStatus status;
    private Instant openedAt;
    private Instant revealedAt;

    protected LiveQuestionRun() {
    }

    /** Opens a question: options shuffled (true-false keeps its order), a fresh token for each. */
    LiveQuestionRun(Long sessionId, int position, String courseId, Question q, Instant now, Random random) {
        this.sessionId = sessionId;
        this.position = position;
        this.courseId = courseId;
        this.questionId = q.id();
        this.questionType = q.type().name();
        this.stem = q.stem();
        ShuffledOptions options = ShuffledOptions.draw(q, random);
        this.optionKeys = String.join(",", options.keys());
        this.optionTokens = String.join(",", options.tokens());
        this.answerKeys = String.join(",", new TreeSet<>(q.answer()));
        this.status = LiveRunStatus.OPEN;
        this.openedAt = now;
    }

    /**
     * The bank keys for the tokens a person chose, checked against the question type: one choice for single and
     * true-false, at least one for multiple. Refused once revealed.
     */
    Set<String> keysFor(Set<String> chosenTokens) {
        if (status != LiveRunStatus.OPEN) {
            throw new BusinessException("live.error.revealed");
        }
        if (chosenTokens == null || chosenTokens.isEmpty()) {
            throw new BusinessException("live.error.no-choice");
        }
        if (type() != QuestionType.MULTIPLE && chosenTokens.size() != 1) {
            throw new BusinessException("live.error.one-choice");
        }
        return new ShuffledOptions(keys(), tokens()).keysFor(chosenTokens)
                .orElseThrow(() -> new BusinessException("live.error.bad-option"));
    }

    /** Right only when exactly the key was chosen: a partly right multiple choice is wrong. Speed never counts. */
    boolean isCorrect(Set<String> chosenKeys) {
        return answerKeys().equals(new TreeSet<>(chosenKeys));
    }

    /** Reveals once; a second reveal changes nothing. */
    boolean reveal(Instant now) {
        if (status == LiveRunStatus.REVEALED) {
            return false;
        }
        status = LiveRunStatus.REVEALED;
        revealedAt = now;
        return true;
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

    /** The tokens of the given bank keys, in option order. */
    List<String> tokensOf(Set<String> keys) {
        return new ShuffledOptions(keys(), tokens()).tokensOf(keys);
    }

    Long sessionId() {
        return sessionId;
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

    String stem() {
        return stem;
    }

    LiveRunStatus status() {
        return status;
    }

    Instant openedAt() {
        return openedAt;
    }
}
