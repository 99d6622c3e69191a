package org.xuefa.studylive;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Question;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionMarks;
import org.xuefa.study.SessionRecord;

/**
 * A live quiz during a study session. The organizer (in scope) opens questions from the banks of the courses
 * linked to the session, one at a time, and reveals each; invitees who are checked in (present or late) answer
 * on their phones until the reveal, and may change their answer until then (the last one counts). Answers are
 * stored with the attendance that allowed them; a score is the number of right answers, never their speed.
 * The attendee's side is {@link LiveSeats}.
 */
@Service
@Transactional
public class LiveQuiz {
    static final String ENTITY = "live_quiz";

    private final SessionAccess access;
    private final SessionMarks marks;
    private final LiveQuestions questions;
    private final LiveQuizStateRepository states;
    private final LiveQuestionRunRepository runs;
    private final LiveAnswerRepository answers;
    private final Officials officials;
    private final CourseCatalog catalog;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LiveQuizBroadcaster broadcaster;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LiveQuiz(SessionAccess access, SessionMarks marks, LiveQuestions questions, LiveQuizStateRepository states,
            LiveQuestionRunRepository runs, LiveAnswerRepository answers, Officials officials, CourseCatalog catalog,
            AuditLog audit, ApplicationEventPublisher events, LiveQuizBroadcaster broadcaster, Clock clock) {
        this.access = access;
        this.marks = marks;
        this.questions = questions;
        this.states = states;
        this.runs = runs;
        this.answers = answers;
        this.officials = officials;
        this.catalog = catalog;
        this.audit = audit;
        this.events = events;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Today's scheduled sessions in the organizer's scope, with their live quiz's state. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public List<LiveQuizSummary> today() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        return questions.summaries(access.organizedBetween(today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** The practice questions of the linked courses' banks (never a flagged or exam-only one), in bank order. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public List<BankQuestion> questions(Long sessionId) {
        SessionRecord s = access.organized(sessionId);
        Set<String> asked = runs.findBySessionIdOrderByPosition(sessionId).stream()
                .map(r -> r.courseId() + "/" + r.questionId()).collect(Collectors.toSet());
        CourseLibrary library = catalog.library();
        List<BankQuestion> out = new ArrayList<>();
        for (Course c : linkedCourses(s, library)) {
            for (Question q : c.practiceQuestions()) {
                if (!library.isFlagged(q)) {
                    out.add(new BankQuestion(c.id(), c.titleZh(), c.titleEn(), q.id(), q.type(), q.stem(),
                            asked.contains(c.id() + "/" + q.id())));
                }
            }
        }
        return out;
    }

    /**
     * Opens a question of a linked course's bank for answers. Refused while another question is open, for a
     * question not in the linked banks, and for a closed or cancelled session. Opening after the end resumes.
     */
    @Allowed.Organizers
    public LiveBoard open(Long sessionId, String courseId, String questionId) {
        SessionRecord s = access.organized(sessionId);
        s.requireScheduled();
        CourseLibrary library = catalog.library();
        Course course = linkedCourses(s, library).stream().filter(c -> c.id().equals(courseId)).findFirst()
                .orElseThrow(() -> new BusinessException("live.error.question"));
        Question q = course.question(questionId).filter(x -> !x.examOnly() && !library.isFlagged(x))
                .orElseThrow(() -> new BusinessException("live.error.question"));
        Optional<LiveQuestionRun> latest = runs.findFirstBySessionIdOrderByPositionDesc(sessionId);
        if (latest.isPresent() && latest.get().status() == LiveRunStatus.OPEN) {
            throw new BusinessException("live.error.still-open");
        }
        Instant now = clock.instant();
        LiveQuizState state = states.findBySessionId(sessionId).orElseGet(() -> new LiveQuizState(sessionId, now));
        LiveQuestionRun run;
        try {
            int position = state.nextPosition();
            states.saveAndFlush(state);
            run = runs.saveAndFlush(new LiveQuestionRun(sessionId, position, courseId, q, now, random));
        } catch (DataIntegrityViolationException e) {
            // another organizer's screen opened a question at the same moment
            throw new BusinessException("error.conflict");
        }
        audit.record("LIVE_OPEN", ENTITY, sessionId, "session " + s.title() + ", question " + run.position(),
                courseId + "/" + questionId);
        events.publishEvent(new LiveQuizChanged(sessionId, run.getId(), LiveQuizChanged.Kind.OPENED));
        return board(s);
    }

    /** Opens the first question of the linked banks not asked yet in this session. */
    @Allowed.Organizers
    public LiveBoard openNext(Long sessionId) {
        BankQuestion next = questions(sessionId).stream().filter(q -> !q.asked()).findFirst()
                .orElseThrow(() -> new BusinessException("live.error.bank-exhausted"));
        return open(sessionId, next.courseId(), next.questionId());
    }

    /** Closes the open question to answers and shows its distribution and key. */
    @Allowed.Organizers
    public LiveBoard reveal(Long sessionId) {
        SessionRecord s = access.organized(sessionId);
        LiveQuestionRun latest = runs.findFirstBySessionIdOrderByPositionDesc(sessionId)
                .orElseThrow(() -> new BusinessException("live.error.nothing-open"));
        LiveQuestionRun run = runs.lockById(latest.getId()).orElseThrow();
        if (run.status() != LiveRunStatus.OPEN) {
            throw new BusinessException("live.error.nothing-open");
        }
        doReveal(s, run);
        return board(s);
    }

    private void doReveal(SessionRecord s, LiveQuestionRun run) {
        if (run.reveal(clock.instant())) {
            runs.saveAndFlush(run);
            long answered = answers.countByRunId(run.getId());
            audit.record("LIVE_REVEAL", ENTITY, s.id(), "session " + s.title() + ", question " + run.position(),
                    "answers: " + answered);
            events.publishEvent(new LiveQuizChanged(s.id(), run.getId(), LiveQuizChanged.Kind.REVEALED));
        }
    }

    /** Ends the quiz: the open question, if any, is revealed; attendees see their score. */
    @Allowed.Organizers
    public LiveBoard end(Long sessionId) {
        SessionRecord s = access.organized(sessionId);
        LiveQuizState state = states.findBySessionId(sessionId)
                .orElseThrow(() -> new BusinessException("live.error.not-started"));
        runs.findFirstBySessionIdOrderByPositionDesc(sessionId).filter(r -> r.status() == LiveRunStatus.OPEN)
                .flatMap(r -> runs.lockById(r.getId())).ifPresent(r -> doReveal(s, r));
        if (!state.ended()) {
            state.end(clock.instant());
            states.saveAndFlush(state);
            audit.record("LIVE_END", ENTITY, sessionId, "session " + s.title(), "questions: " + state.asked());
            events.publishEvent(new LiveQuizChanged(sessionId, null, LiveQuizChanged.Kind.ENDED));
        }
        return board(s);
    }

    /** The control page's and the projector's state. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public LiveBoard board(Long sessionId) {
        SessionRecord s = access.organized(sessionId);
        return board(s);
    }

    private LiveBoard board(SessionRecord s) {
        Optional<LiveQuizState> state = states.findBySessionId(s.id());
        int eligible = questions.eligible(s.id());
        LiveQuestion current = runs.findFirstBySessionIdOrderByPositionDesc(s.id())
                .map(r -> questions.question(r, eligible)).orElse(null);
        return new LiveBoard(s, state.isPresent(),
                state.map(LiveQuizState::ended).orElse(false), state.map(LiveQuizState::asked).orElse(0), eligible,
                current);
    }

    /** Every revealed question of the session with its distribution and key, in the order asked. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<LiveQuestion> results(Long sessionId) {
        SessionRecord s = access.read(sessionId);
        int eligible = questions.eligible(sessionId);
        return runs.findBySessionIdOrderByPosition(sessionId).stream()
                .filter(r -> r.status() == LiveRunStatus.REVEALED).map(r -> questions.question(r, eligible)).toList();
    }

    /**
     * Per person who attended or answered: answers and right answers over the revealed questions, best first
     * (ties by name). This is what the session record shows.
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<LiveScore> scores(Long sessionId) {
        SessionRecord s = access.read(sessionId);
        Set<Long> revealed = runs.findBySessionIdOrderByPosition(sessionId).stream()
                .filter(r -> r.status() == LiveRunStatus.REVEALED).map(LiveQuestionRun::getId)
                .collect(Collectors.toSet());
        Map<Long, AttendanceStatus> status = new LinkedHashMap<>();
        marks.of(sessionId).stream().filter(m -> m.status().attended())
                .forEach(m -> status.put(m.officialId(), m.status()));
        Map<Long, int[]> tally = new HashMap<>();
        for (LiveAnswer a : answers.findBySessionId(sessionId)) {
            if (revealed.contains(a.runId())) {
                int[] t = tally.computeIfAbsent(a.officialId(), k -> new int[2]);
                t[0]++;
                t[1] += a.correct() ? 1 : 0;
            }
        }
        Set<Long> people = new LinkedHashSet<>(status.keySet());
        people.addAll(tally.keySet());
        List<LiveScore> out = new ArrayList<>();
        for (Long id : people) {
            Optional<OfficialRecord> o = officials.find(id);
            int[] t = tally.getOrDefault(id, new int[2]);
            out.add(new LiveScore(id, o.map(OfficialRecord::name).orElse("#" + id),
                    o.map(OfficialRecord::unitName).orElse(""), status.get(id), t[0], t[1], revealed.size()));
        }
        out.sort(Comparator.comparingInt(LiveScore::correct).reversed().thenComparing(LiveScore::name));
        return out;
    }

    /**
     * Listens to the session's live quiz until the returned action is run. The organizer in scope and the
     * session's invitees may listen; the listener runs on the thread that committed the change.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Runnable listen(Long sessionId, Consumer<LiveQuizChanged> listener) {
        access.organizedOrInvited(sessionId, "live.error.no-official", "live.error.not-invited");
        return broadcaster.register(sessionId, listener);
    }

    private List<Course> linkedCourses(SessionRecord s, CourseLibrary library) {
        Set<String> ids = new LinkedHashSet<>();
        s.data().lessons().forEach(l -> ids.add(l.courseId()));
        return ids.stream().map(library.courses()::get).filter(c -> c != null).toList();
    }
}
