package org.xuefa.study;

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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/**
 * A live quiz during a study session. The organizer (in scope) opens questions from the banks of the courses
 * linked to the session, one at a time, and reveals each; invitees who are checked in (present or late) answer
 * on their phones until the reveal, and may change their answer until then (the last one counts). Answers are
 * stored with the attendance that allowed them; a score is the number of right answers, never their speed.
 * The attendee's side never carries the key of an open question.
 */
@Service
@Transactional
public class LiveQuiz {
    static final String ENTITY = "live_quiz";

    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final LiveQuizStateRepository states;
    private final LiveQuestionRunRepository runs;
    private final LiveAnswerRepository answers;
    private final Invitations invitations;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LiveQuizBroadcaster broadcaster;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LiveQuiz(StudySessionRepository sessions, AttendanceRepository attendance, LiveQuizStateRepository states,
            LiveQuestionRunRepository runs, LiveAnswerRepository answers, Invitations invitations,
            Officials officials, OrgUnits orgUnits, CourseCatalog catalog, CurrentUser currentUser, AuditLog audit,
            ApplicationEventPublisher events, LiveQuizBroadcaster broadcaster, TransactionTemplate tx, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.states = states;
        this.runs = runs;
        this.answers = answers;
        this.invitations = invitations;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.broadcaster = broadcaster;
        this.tx = tx;
        this.clock = clock;
    }

    // ---- the organizer

    /** Today's scheduled sessions in the organizer's scope, with their live quiz's state. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public List<LiveQuizSummary> today() {
        List<StudySession> list = sessionsToday().stream()
                .filter(s -> orgUnits.inScope(s.unitId(), Role.ORGANIZER)).toList();
        return summaries(list);
    }

    /** The practice questions of the linked courses' banks (never a flagged or exam-only one), in bank order. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public List<BankQuestion> questions(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
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
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
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
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
        LiveQuestionRun latest = runs.findFirstBySessionIdOrderByPositionDesc(sessionId)
                .orElseThrow(() -> new BusinessException("live.error.nothing-open"));
        LiveQuestionRun run = runs.lockById(latest.getId()).orElseThrow();
        if (run.status() != LiveRunStatus.OPEN) {
            throw new BusinessException("live.error.nothing-open");
        }
        doReveal(s, run);
        return board(s);
    }

    private void doReveal(StudySession s, LiveQuestionRun run) {
        if (run.reveal(clock.instant())) {
            runs.saveAndFlush(run);
            long answered = answers.countByRunId(run.getId());
            audit.record("LIVE_REVEAL", ENTITY, s.getId(), "session " + s.title() + ", question " + run.position(),
                    "answers: " + answered);
            events.publishEvent(new LiveQuizChanged(s.getId(), run.getId(), LiveQuizChanged.Kind.REVEALED));
        }
    }

    /** Ends the quiz: the open question, if any, is revealed; attendees see their score. */
    @Allowed.Organizers
    public LiveBoard end(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
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
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
        return board(s);
    }

    private LiveBoard board(StudySession s) {
        Optional<LiveQuizState> state = states.findBySessionId(s.getId());
        int eligible = eligible(s.getId());
        LiveQuestion current = runs.findFirstBySessionIdOrderByPositionDesc(s.getId())
                .map(r -> question(r, eligible)).orElse(null);
        return new LiveBoard(s.toRecord(orgUnits.nameOf(s.unitId())), state.isPresent(),
                state.map(LiveQuizState::ended).orElse(false), state.map(LiveQuizState::asked).orElse(0), eligible,
                current);
    }

    /** Every revealed question of the session with its distribution and key, in the order asked. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<LiveQuestion> results(Long sessionId) {
        StudySession s = find(sessionId);
        requireReaderOf(s);
        int eligible = eligible(sessionId);
        return runs.findBySessionIdOrderByPosition(sessionId).stream()
                .filter(r -> r.status() == LiveRunStatus.REVEALED).map(r -> question(r, eligible)).toList();
    }

    /**
     * Per person who attended or answered: answers and right answers over the revealed questions, best first
     * (ties by name). This is what the session record shows.
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<LiveScore> scores(Long sessionId) {
        StudySession s = find(sessionId);
        requireReaderOf(s);
        Set<Long> revealed = runs.findBySessionIdOrderByPosition(sessionId).stream()
                .filter(r -> r.status() == LiveRunStatus.REVEALED).map(LiveQuestionRun::getId)
                .collect(Collectors.toSet());
        Map<Long, AttendanceStatus> status = new LinkedHashMap<>();
        attendance.findBySessionId(sessionId).stream().filter(a -> a.status().attended())
                .forEach(a -> status.put(a.officialId(), a.status()));
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

    // ---- the attendee

    /**
     * The signed-in invitee's view of the session's live quiz, read from the database, so that opening the page
     * again (after a lost connection) shows the question now open and one's own answer.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public LiveSeat current(Long sessionId) {
        StudySession s = find(sessionId);
        OfficialRecord me = requireInvitee(s);
        return seat(s, me);
    }

    /** Today's sessions inviting the signed-in official whose live quiz is running, for their start page. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<LiveQuizSummary> myRunning() {
        Optional<OfficialRecord> me = officials.me();
        if (me.isEmpty()) {
            return List.of();
        }
        XuefaUser user = currentUser.require();
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        List<StudySession> mine = sessionsToday().stream().filter(s -> invitations.invites(s, me.get(), user, units))
                .toList();
        return summaries(mine).stream().filter(LiveQuizSummary::running).toList();
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
        StudySession s = find(sessionId);
        OfficialRecord me = requireInvitee(s);
        if (s.status() != SessionStatus.SCHEDULED) {
            throw new BusinessException("live.error.session-over");
        }
        LiveQuestionRun run = runs.lockById(runId).filter(r -> r.sessionId().equals(sessionId))
                .orElseThrow(() -> new BusinessException("live.error.question"));
        Set<String> keys = run.keysFor(tokens);
        Attendance a = attendance.findBySessionIdAndOfficialId(sessionId, me.id()).filter(x -> x.status().attended())
                .orElseThrow(() -> new BusinessException("live.error.not-checked-in"));
        LiveAnswer answer = answers.findByRunIdAndOfficialId(runId, me.id())
                .orElseGet(() -> new LiveAnswer(run, me.id(), a.getId()));
        answer.choose(run, keys, clock.instant());
        answers.saveAndFlush(answer);
        events.publishEvent(new LiveQuizChanged(sessionId, runId, LiveQuizChanged.Kind.ANSWERED));
        return seat(s, me);
    }

    /**
     * Listens to the session's live quiz until the returned action is run. The organizer in scope and the
     * session's invitees may listen; the listener runs on the thread that committed the change.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Runnable listen(Long sessionId, Consumer<LiveQuizChanged> listener) {
        StudySession s = find(sessionId);
        if (!orgUnits.inScope(s.unitId(), Role.ORGANIZER)) {
            requireInvitee(s);
        }
        return broadcaster.register(sessionId, listener);
    }

    // ---- helpers

    private LiveSeat seat(StudySession s, OfficialRecord me) {
        Optional<LiveQuizState> state = states.findBySessionId(s.getId());
        int eligible = eligible(s.getId());
        List<LiveQuestionRun> all = runs.findBySessionIdOrderByPosition(s.getId());
        Map<Long, LiveAnswer> mine = answers.findBySessionIdAndOfficialId(s.getId(), me.id()).stream()
                .collect(Collectors.toMap(LiveAnswer::runId, Function.identity()));
        List<LiveQuestionRun> revealed = all.stream().filter(r -> r.status() == LiveRunStatus.REVEALED).toList();
        int myCorrect = (int) revealed.stream().map(r -> mine.get(r.getId())).filter(a -> a != null && a.correct())
                .count();
        boolean checkedIn = attendance.findBySessionIdAndOfficialId(s.getId(), me.id())
                .map(a -> a.status().attended()).orElse(false);
        String refusal = s.status() != SessionStatus.SCHEDULED ? "live.error.session-over"
                : checkedIn ? null : "live.error.not-checked-in";
        LiveQuestionRun current = all.isEmpty() ? null : all.get(all.size() - 1);
        LiveQuestion q = current == null ? null : question(current, eligible);
        LiveAnswer my = current == null ? null : mine.get(current.getId());
        Set<String> myChoice = my == null ? Set.of() : Set.copyOf(current.tokensOf(my.chosenKeys()));
        Boolean myRight = my == null || current.status() != LiveRunStatus.REVEALED ? null : my.correct();
        return new LiveSeat(s.getId(), s.title(), me.name(), state.map(LiveQuizState::ended).orElse(false), refusal,
                q, myChoice, myRight, myCorrect, revealed.size());
    }

    /** The screen's form of a run: no counts, key or explanation until it is revealed. */
    private LiveQuestion question(LiveQuestionRun r, int eligible) {
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

    private int eligible(Long sessionId) {
        int n = 0;
        for (Object[] row : attendance.countByStatus(sessionId)) {
            if (((AttendanceStatus) row[0]).attended()) {
                n += ((Number) row[1]).intValue();
            }
        }
        return n;
    }

    private List<Course> linkedCourses(StudySession s, CourseLibrary library) {
        Set<String> ids = new LinkedHashSet<>();
        s.data().lessons().forEach(l -> ids.add(l.courseId()));
        return ids.stream().map(library.courses()::get).filter(c -> c != null).toList();
    }

    private List<StudySession> sessionsToday() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        return sessions.between(SessionStatus.SCHEDULED, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private List<LiveQuizSummary> summaries(List<StudySession> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, LiveQuizState> byId = states.findBySessionIdIn(list.stream().map(StudySession::getId).toList())
                .stream().collect(Collectors.toMap(LiveQuizState::sessionId, Function.identity()));
        return list.stream().map(s -> {
            LiveQuizState st = byId.get(s.getId());
            return new LiveQuizSummary(s.toRecord(orgUnits.nameOf(s.unitId())), st != null,
                    st != null && st.ended(), st == null ? 0 : st.asked());
        }).toList();
    }

    private <T> T retryOnDuplicate(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException e) {
            // the same person's other tab answered at the same moment: the second run replaces that answer
            return tx.execute(status -> work.get());
        }
    }

    private StudySession find(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new BusinessException("study.session.error.not-found"));
    }

    private void requireOrganizerOf(StudySession s) {
        if (!orgUnits.inScope(s.unitId(), Role.ORGANIZER)) {
            throw new AccessDeniedException("session " + s.getId() + " is outside your organizer scope");
        }
    }

    private void requireReaderOf(StudySession s) {
        if (orgUnits.visibleTree().stream().noneMatch(u -> u.id().equals(s.unitId()))) {
            throw new AccessDeniedException("session " + s.getId() + " is outside your scope");
        }
    }

    private OfficialRecord requireInvitee(StudySession s) {
        OfficialRecord me = officials.me().orElseThrow(() -> new BusinessException("live.error.no-official"));
        if (!invitations.invites(s, me, currentUser.require(), orgUnits.byId())) {
            throw new BusinessException("live.error.not-invited", s.title());
        }
        return me;
    }
}
