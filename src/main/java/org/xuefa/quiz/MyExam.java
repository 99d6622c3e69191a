package org.xuefa.quiz;

import java.time.Instant;

/**
 * An exam from the taker's side: whether it can be started now (or resumed), how many attempts are left (-1:
 * unlimited), the result that counts so far, and whether its paper may be reviewed now.
 */
public record MyExam(ExamRecord exam, boolean open, boolean makeupWindow, Instant closesAt, int attemptsUsed,
        int attemptsLeft, Long attemptInProgress, AttemptRecord counted, boolean reviewOpen) {

    public boolean canStart() {
        return open && (attemptInProgress != null || attemptsLeft != 0);
    }
}
