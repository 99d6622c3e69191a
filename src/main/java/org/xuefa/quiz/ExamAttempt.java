package org.xuefa.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** One sitting of an exam by one official; its deadline is fixed on the server when it starts. */
@Entity
@Table(name = "exam_attempt")
class ExamAttempt extends AbstractEntity {
    private Long examId;
    private Long officialId;
    private int attemptNo;
    private boolean makeup;
    private Instant startedAt;
    private Instant deadline;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status;
    private BigDecimal score;
    private BigDecimal maxScore;
    private BigDecimal percent;
    @Enumerated(EnumType.STRING)
    private Band band;
    private String voidReason;

    protected ExamAttempt() {
    }

    ExamAttempt(Long examId, Long officialId, int attemptNo, boolean makeup, Instant startedAt, Instant deadline,
            BigDecimal maxScore) {
        this.examId = examId;
        this.officialId = officialId;
        this.attemptNo = attemptNo;
        this.makeup = makeup;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.maxScore = maxScore;
        this.status = AttemptStatus.IN_PROGRESS;
    }

    /** Whether an answer given at {@code now} still counts: before the deadline plus the grace. */
    boolean accepts(Instant now, long graceSeconds) {
        return status == AttemptStatus.IN_PROGRESS && !now.isAfter(deadline.plusSeconds(graceSeconds));
    }

    /** Records the grade; the finish time is the deadline when the taker never submitted in time. */
    void complete(BigDecimal score, Bands bands, Instant now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new BusinessException("attempt.error.not-in-progress");
        }
        this.status = AttemptStatus.SUBMITTED;
        this.submittedAt = now.isAfter(deadline) ? deadline : now;
        this.score = score;
        this.percent = maxScore.signum() == 0 ? BigDecimal.ZERO
                : score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
        this.band = bands.of(percent);
    }

    void voidWith(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("attempt.error.void-reason");
        }
        this.status = AttemptStatus.VOIDED;
        this.voidReason = reason.trim();
    }

    void extend(int minutes) {
        this.deadline = deadline.plusSeconds(60L * minutes);
    }

    Long examId() {
        return examId;
    }

    Long officialId() {
        return officialId;
    }

    int attemptNo() {
        return attemptNo;
    }

    boolean makeup() {
        return makeup;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant deadline() {
        return deadline;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    AttemptStatus status() {
        return status;
    }

    BigDecimal score() {
        return score;
    }

    BigDecimal maxScore() {
        return maxScore;
    }

    BigDecimal percent() {
        return percent;
    }

    Band band() {
        return band;
    }

    String voidReason() {
        return voidReason;
    }

    AttemptRecord toRecord() {
        return new AttemptRecord(getId(), examId, officialId, attemptNo, makeup, startedAt, deadline, submittedAt,
                status, score, maxScore, percent, band, voidReason);
    }
}
