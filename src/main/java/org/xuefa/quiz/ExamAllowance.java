package org.xuefa.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.xuefa.base.AbstractEntity;

/** Extra attempts or minutes an organizer granted one official for one exam. */
@Entity
@Table(name = "exam_allowance")
class ExamAllowance extends AbstractEntity {
    private Long examId;
    private Long officialId;
    private int extraAttempts;
    private int extraMinutes;

    protected ExamAllowance() {
    }

    ExamAllowance(Long examId, Long officialId) {
        this.examId = examId;
        this.officialId = officialId;
    }

    void grant(int attempts, int minutes) {
        this.extraAttempts += attempts;
        this.extraMinutes += minutes;
    }

    int extraAttempts() {
        return extraAttempts;
    }

    int extraMinutes() {
        return extraMinutes;
    }
}
