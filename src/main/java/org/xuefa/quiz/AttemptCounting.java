package org.xuefa.quiz;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a taker's attempts at an exam count: the exam as the taker sees it (window, attempts used and left, the
 * attempt in progress, the one that counts), the attempts left in the regular or make-up window, and which
 * submitted attempt counts (the highest score, or the latest).
 */
@Component
class AttemptCounting {
    private final ExamAttemptRepository attempts;
    private final ExamAllowanceRepository allowances;
    private final long graceSeconds;

    AttemptCounting(ExamAttemptRepository attempts, ExamAllowanceRepository allowances,
            @Value("${xuefa.exam.grace-seconds:10}") long graceSeconds) {
        this.attempts = attempts;
        this.allowances = allowances;
        this.graceSeconds = graceSeconds;
    }

    MyExam mine(Exam exam, Long officialId, Instant now) {
        List<ExamAttempt> list = attempts.findByExamIdAndOfficialIdOrderByAttemptNo(exam.getId(), officialId);
        Exam.Window window = exam.windowAt(now);
        Long inProgress = list.stream().filter(a -> a.status() == AttemptStatus.IN_PROGRESS
                && a.accepts(now, graceSeconds)).map(ExamAttempt::getId).findFirst().orElse(null);
        int used = (int) list.stream().filter(a -> a.status() != AttemptStatus.VOIDED
                && a.makeup() == (window == Exam.Window.MAKEUP)).count();
        int left = attemptsLeft(exam, officialId, window, list, used);
        Instant closes = window == Exam.Window.NONE ? exam.closesAt() : exam.closeOf(window);
        AttemptRecord counted = counted(exam, list).map(ExamAttempt::toRecord).orElse(null);
        boolean review = counted != null && counted.status() == AttemptStatus.SUBMITTED && exam.reviewOpen(now);
        return new MyExam(exam.toRecord(), window != Exam.Window.NONE, window == Exam.Window.MAKEUP, closes, used, left,
                inProgress, counted, review);
    }

    int attemptsLeft(Exam exam, Long officialId, Exam.Window window, List<ExamAttempt> list, int used) {
        int extra = allowances.findByExamIdAndOfficialId(exam.getId(), officialId).map(ExamAllowance::extraAttempts)
                .orElse(0);
        if (window == Exam.Window.NONE) {
            return 0;
        }
        if (window == Exam.Window.MAKEUP) {
            boolean passed = counted(exam, list).map(a -> a.band() != null && a.band().passed()).orElse(false);
            return passed ? 0 : Math.max(0, 1 + extra - used);
        }
        return exam.attemptsAllowed() == 0 ? -1 : Math.max(0, exam.attemptsAllowed() + extra - used);
    }

    /** The submitted attempt that counts: the highest score, or the latest, as the exam says. */
    static Optional<ExamAttempt> counted(Exam exam, List<ExamAttempt> list) {
        var submitted = list.stream().filter(a -> a.status() == AttemptStatus.SUBMITTED);
        return exam.counting() == Counting.LATEST
                ? submitted.max(Comparator.comparing(ExamAttempt::submittedAt))
                : submitted.max(Comparator.comparing(ExamAttempt::score).thenComparing(ExamAttempt::attemptNo));
    }
}
