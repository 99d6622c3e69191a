package org.xuefa.course;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;

/** A practice question an official answered wrong and has not yet answered right in a retry. */
@Entity
@Table(name = "practice_miss")
class PracticeMiss extends AbstractEntity {
    private Long officialId;
    private String courseId;
    private String questionId;
    private Instant missedAt;

    protected PracticeMiss() {
    }

    PracticeMiss(Long officialId, String courseId, String questionId, Instant missedAt) {
        this.officialId = officialId;
        this.courseId = courseId;
        this.questionId = questionId;
        this.missedAt = missedAt;
    }

    void missedAgain(Instant now) {
        this.missedAt = now;
    }

    String questionId() {
        return questionId;
    }
}
