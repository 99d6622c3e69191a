package org.xuefa.studylive;

import java.util.List;
import java.util.Set;
import org.xuefa.course.QuestionType;

/**
 * A live question as screens show it. While it is open it carries no key: {@code counts} and
 * {@code correctTokens} are empty and {@code explanation} is null; after the reveal they hold the number of
 * people who chose each option (in option order), the right options' tokens and the bank's explanation.
 */
public record LiveQuestion(Long runId, int position, QuestionType type, String stem, List<LiveChoice> choices,
        LiveRunStatus status, int answered, int eligible, List<Integer> counts, Set<String> correctTokens,
        String explanation) {

    public LiveQuestion {
        choices = List.copyOf(choices);
        counts = List.copyOf(counts);
        correctTokens = Set.copyOf(correctTokens);
    }

    public boolean revealed() {
        return status == LiveRunStatus.REVEALED;
    }
}
