package org.xuefa.studylive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.study.SessionMarks;
import org.xuefa.study.SessionRecord;

/** How the live quiz's screens see a run and a session's quiz: what is shown of a question, and the summaries. */
@Component
class LiveQuestions {
    private final SessionMarks marks;
    private final LiveQuizStateRepository states;
    private final LiveAnswerRepository answers;
    private final CourseCatalog catalog;

    LiveQuestions(SessionMarks marks, LiveQuizStateRepository states, LiveAnswerRepository answers,
            CourseCatalog catalog) {
        this.marks = marks;
        this.states = states;
        this.answers = answers;
        this.catalog = catalog;
    }

    /** The screen's form of a run: no counts, key or explanation until it is revealed. */
    LiveQuestion question(LiveQuestionRun r, int eligible) {
        Optional<Question> bank = catalog.course(r.courseId()).flatMap(c -> c.question(r.questionId()));
        Map<String, String> texts = bank.map(q -> q.choices().stream()
                .collect(Collectors.toMap(Option::key, Option::text))).orElse(Map.of());
        List<String> keys = r.keys();
        List<String> tokens = r.tokens();
        List<LiveChoice> choices = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            choices.add(new LiveChoice(tokens.get(i), texts.getOrDefault(keys.get(i), keys.get(i))));
        }
        List<LiveAnswer> given = answers.findByRunId(r.getId());
        if (r.status() == LiveRunStatus.OPEN) {
            return new LiveQuestion(r.getId(), r.position(), r.type(), r.stem(), choices, r.status(), given.size(),
                    eligible, List.of(), Set.of(), null);
        }
        List<Integer> counts = new ArrayList<>();
        for (String key : keys) {
            counts.add((int) given.stream().filter(a -> a.chosenKeys().contains(key)).count());
        }
        return new LiveQuestion(r.getId(), r.position(), r.type(), r.stem(), choices, r.status(), given.size(),
                eligible, counts, Set.copyOf(r.tokensOf(r.answerKeys())),
                bank.map(Question::explanation).orElse(null));
    }

    int eligible(Long sessionId) {
        return marks.attended(sessionId);
    }

    List<LiveQuizSummary> summaries(List<SessionRecord> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, LiveQuizState> byId = states.findBySessionIdIn(list.stream().map(SessionRecord::id).toList())
                .stream().collect(Collectors.toMap(LiveQuizState::sessionId, Function.identity()));
        return list.stream().map(s -> {
            LiveQuizState st = byId.get(s.id());
            return new LiveQuizSummary(s, st != null,
                    st != null && st.ended(), st == null ? 0 : st.asked());
        }).toList();
    }
}
