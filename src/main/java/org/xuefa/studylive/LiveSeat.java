package org.xuefa.studylive;

import java.util.Set;

/**
 * What one attendee's phone shows: the current question (null before the first), their own choice, whether it
 * was right (null until the reveal), their running score over revealed questions, and, when they may not answer,
 * the translation key of why ({@code refusal}, null when they may).
 */
public record LiveSeat(Long sessionId, String sessionTitle, String name, boolean ended, String refusal,
        LiveQuestion question, Set<String> myChoice, Boolean myCorrect, int myCorrectCount, int revealedCount) {

    public LiveSeat {
        myChoice = Set.copyOf(myChoice);
    }

    public boolean mayAnswer() {
        return refusal == null && question != null && !question.revealed();
    }
}
