package org.xuefa.studylive;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.xuefa.base.AbstractEntity;

/** One person's answer to one live question, kept with the attendance that let them answer. */
@Entity
@Table(name = "live_answer")
class LiveAnswer extends AbstractEntity {
    private Long runId;
    private Long sessionId;
    private Long officialId;
    private Long attendanceId;
    private String chosenKeys;
    private boolean correct;
    private Instant answeredAt;

    protected LiveAnswer() {
    }

    LiveAnswer(LiveQuestionRun run, Long officialId, Long attendanceId) {
        this.runId = run.getId();
        this.sessionId = run.sessionId();
        this.officialId = officialId;
        this.attendanceId = attendanceId;
    }

    /** Records the choice (bank keys) and whether it is right; a change before the reveal replaces it. */
    void choose(LiveQuestionRun run, Set<String> keys, Instant now) {
        this.chosenKeys = String.join(",", new TreeSet<>(keys));
        this.correct = run.isCorrect(keys);
        this.answeredAt = now;
    }

    Set<String> chosenKeys() {
        return Arrays.stream(chosenKeys.split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    boolean correct() {
        return correct;
    }

    Long runId() {
        return runId;
    }

    Long officialId() {
        return officialId;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
