package org.xuefa.studylive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionMarks;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;

/**
 * The attendee's side of the live quiz: the signed-in invitee's seat, read from the database so that opening the
 * page again shows the question now open and one's own answer; answering while checked in, until the reveal; and
 * the running quizzes for their start page. The attendee's side never carries the key of an open question.
 */
@Service
@Transactional
public class LiveSeats {
    private final SessionAccess access;
    private final SessionMarks marks;
    private final LiveQuestions questions;
    private final LiveQuizStateRepository states;
    private final LiveQuestionRunRepository runs;
    private final LiveAnswerRepository answers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    LiveSeats(SessionAccess access, SessionMarks marks, LiveQuestions questions, LiveQuizStateRepository states,
            LiveQuestionRunRepository runs, LiveAnswerRepository answers, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.access = access;
        this.marks = marks;
        this.questions = questions;
        this.states = states;
        this.runs = runs;
        this.answers = answers;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The signed-in invitee's view of the session's live quiz, read from the database, so that opening the page
     * again (after a lost connection) shows the question now open and one's own answer.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public LiveSeat current(Long sessionId) {
        SessionAccess.Invited invited = requireInvitee(sessionId);
        return seat(invited.session(), invited.me());
    }

    /** Today's sessions inviting the signed-in official whose live quiz is running, for their start page. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<LiveQuizSummary> myRunning() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<SessionRecord> mine = access.invitingMe(today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(), SessionStatus.SCHEDULED);
        return questions.summaries(mine).stream().filter(LiveQuizSummary::running).toList();
    }

    /**
     * Answers the open question with the chosen option tokens. Only a checked-in invitee (present or late) may
     * answer, and only until the reveal; answering again before the reveal replaces the earlier answer.
     */
    @Allowed.SignedIn
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LiveSeat answer(Long sessionId, Long runId, Set<String> tokens) {
        return retryOnDuplicate(() -> doAnswer(sessionId, runId, tokens));
    }

    private LiveSeat doAnswer(Long sessionId, Long runId, Set<String> tokens) {
        SessionAccess.Invited invited = requireInvitee(sessionId);
        SessionRecord s = invited.session();
        OfficialRecord me = invited.me();
        if (s.status() != SessionStatus.SCHEDULED) {
            throw new BusinessException("live.error.session-over");
        }
        LiveQuestionRun run = runs.lockById(runId).filter(r -> r.sessionId().equals(sessionId))
                .orElseThrow(() -> new BusinessException("live.error.question"));
        Set<String> keys = run.keysFor(tokens);
        SessionMarks.Mark a = marks.mine(sessionId).filter(x -> x.status().attended())
                .orElseThrow(() -> new BusinessException("live.error.not-checked-in"));
        LiveAnswer answer = answers.findByRunIdAndOfficialId(runId, me.id())
                .orElseGet(() -> new LiveAnswer(run, me.id(), a.attendanceId()));
        answer.choose(run, keys, clock.instant());
        answers.saveAndFlush(answer);
        events.publishEvent(new LiveQuizChanged(sessionId, runId, LiveQuizChanged.Kind.ANSWERED));
        return seat(s, me);
    }

    private LiveSeat seat(SessionRecord s, OfficialRecord me) {
        Optional<LiveQuizState> state = states.findBySessionId(s.id());
        int eligible = questions.eligible(s.id());
        List<LiveQuestionRun> all = runs.findBySessionIdOrderByPosition(s.id());
        Map<Long, LiveAnswer> mine = answers.findBySessionIdAndOfficialId(s.id(), me.id()).stream()
                .collect(Collectors.toMap(LiveAnswer::runId, Function.identity()));
        List<LiveQuestionRun> revealed = all.stream().filter(r -> r.status() == LiveRunStatus.REVEALED).toList();
        int myCorrect = (int) revealed.stream().map(r -> mine.get(r.getId())).filter(a -> a != null && a.correct())
                .count();
        boolean checkedIn = marks.mine(s.id()).map(a -> a.status().attended()).orElse(false);
        String refusal = s.status() != SessionStatus.SCHEDULED ? "live.error.session-over"
                : checkedIn ? null : "live.error.not-checked-in";
        LiveQuestionRun current = all.isEmpty() ? null : all.get(all.size() - 1);
        LiveQuestion q = current == null ? null : questions.question(current, eligible);
        LiveAnswer my = current == null ? null : mine.get(current.getId());
        Set<String> myChoice = my == null ? Set.of() : Set.copyOf(current.tokensOf(my.chosenKeys()));
        Boolean myRight = my == null || current.status() != LiveRunStatus.REVEALED ? null : my.correct();
        return new LiveSeat(s.id(), s.title(), me.name(), state.map(LiveQuizState::ended).orElse(false), refusal,
                q, myChoice, myRight, myCorrect, revealed.size());
    }

    private <T> T retryOnDuplicate(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException e) {
            // the same person's other tab answered at the same moment: the second run replaces that answer
            return tx.execute(status -> work.get());
        }
    }

    private SessionAccess.Invited requireInvitee(Long sessionId) {
        return access.invitee(sessionId, "live.error.no-official", "live.error.not-invited");
    }
}
