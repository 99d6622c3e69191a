package org.xuefa.studylive;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;

/**
 * Whether a session's live quiz has started or ended, and how many questions it has asked. Opening a question
 * goes through this row's version, so two organizers clicking at once cannot open two questions.
 */
@Entity
@Table(name = "live_quiz")
class LiveQuizState extends AbstractEntity {
    private Long sessionId;
    private Instant startedAt;
    private Instant endedAt;
    private int asked;

    protected LiveQuizState() {
    }

    LiveQuizState(Long sessionId, Instant now) {
        this.sessionId = sessionId;
        this.startedAt = now;
    }

    /** The position of the next question; opening one after the end resumes the quiz. */
    int nextPosition() {
        endedAt = null;
        return ++asked;
    }

    void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    boolean ended() {
        return endedAt != null;
    }

    int asked() {
        return asked;
    }

    Long sessionId() {
        return sessionId;
    }
}
