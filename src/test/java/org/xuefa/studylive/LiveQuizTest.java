package org.xuefa.studylive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.BusinessException;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.CheckInTokens;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

class LiveQuizTest extends ServiceTestBase {
    private static final Instant NOW = TestClockConfig.NOW;

    @Autowired
    LiveQuiz live;
    @Autowired
    LiveSeats seats;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionRoster rosters;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    CheckInTokens tokens;
    @Autowired
    CourseCatalog catalog;

    /** As the organizer: a session under way for the brigade, linked to the penalty-law course's third lesson. */
    private SessionRecord session(Long unitId, AudienceRule... invitees) {
        Instant start = NOW.minus(Duration.ofMinutes(5));
        return sessions.create(new SessionData(unitId, SessionKind.THEMATIC, "现场答题测试 " + UUID.randomUUID(),
                start, start.plus(Duration.ofMinutes(60)), "会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第33条")), List.of(new LessonRef("admin-penalty", 3)),
                Set.of(invitees), null), null).get(0);
    }

    private SessionRecord brigadeSession() {
        loginAs("organizer");
        return session(unit("tangpeng"), AudienceRule.unit(unit("brigade")));
    }

    private void present(Long sessionId, String staffNumber) {
        loginAs("organizer");
        rosters.mark(sessionId, official(staffNumber), AttendanceStatus.PRESENT, null);
    }

    private BankQuestion open(Long sessionId, QuestionType type) {
        loginAs("organizer");
        BankQuestion q = live.questions(sessionId).stream().filter(b -> b.type() == type && !b.asked()).findFirst()
                .orElseThrow();
        live.open(sessionId, q.courseId(), q.questionId());
        return q;
    }

    private Question bank(BankQuestion q) {
        return catalog.course(q.courseId()).flatMap(c -> c.question(q.questionId())).orElseThrow();
    }

    /** The tokens the attendee sees for the right (or a wrong) answer, found by option text. */
    private Set<String> tokens(LiveQuestion shown, BankQuestion q, boolean right) {
        Question b = bank(q);
        Set<String> texts = b.choices().stream().filter(o -> b.answer().contains(o.key()) == right)
                .map(Option::text).collect(Collectors.toSet());
        List<String> out = shown.choices().stream().filter(c -> texts.contains(c.text())).map(LiveChoice::token)
                .toList();
        return right || b.type() == QuestionType.MULTIPLE ? Set.copyOf(out) : Set.of(out.get(0));
    }

    @Test
    void only_checked_in_invitees_may_answer() {
        SessionRecord s = brigadeSession();
        BankQuestion q = open(s.id(), QuestionType.SINGLE);
        loginAs("cadre");
        LiveSeat seat = seats.current(s.id());
        assertThat(seat.refusal()).isEqualTo("live.error.not-checked-in");
        assertThat(seat.question().stem()).isEqualTo(q.stem());
        Set<String> right = tokens(seat.question(), q, true);
        assertThatThrownBy(() -> seats.answer(s.id(), seat.question().runId(), right))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("live.error.not-checked-in");

        loginAsOfficial(official("TP-013")); // the office, not invited
        assertThatThrownBy(() -> seats.current(s.id())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("live.error.not-invited");
        assertThatThrownBy(() -> seats.answer(s.id(), seat.question().runId(), right))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("live.error.not-invited");

        loginAs("cadre");
        attendance.checkIn(tokens.issue(s.id(), NOW));
        LiveSeat after = seats.answer(s.id(), seat.question().runId(), right);
        assertThat(after.refusal()).isNull();
        assertThat(after.myChoice()).isEqualTo(right);
        assertThat(after.question().answered()).isEqualTo(1);
    }

    @Test
    void a_second_answer_replaces_the_first_and_answers_after_the_reveal_are_refused() {
        SessionRecord s = brigadeSession();
        present(s.id(), "TP-022");
        BankQuestion q = open(s.id(), QuestionType.SINGLE);
        loginAs("cadre");
        LiveQuestion shown = seats.current(s.id()).question();
        seats.answer(s.id(), shown.runId(), tokens(shown, q, false));
        clock.advance(Duration.ofSeconds(20));
        LiveSeat changed = seats.answer(s.id(), shown.runId(), tokens(shown, q, true));
        assertThat(changed.question().answered()).isEqualTo(1);

        loginAs("organizer");
        LiveBoard board = live.reveal(s.id());
        assertThat(board.current().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        loginAs("cadre");
        assertThatThrownBy(() -> seats.answer(s.id(), shown.runId(), tokens(shown, q, false)))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("live.error.revealed");
        LiveSeat seat = seats.current(s.id());
        assertThat(seat.myCorrect()).isTrue();
        assertThat(seat.myCorrectCount()).isEqualTo(1);
    }

    @Test
    void scores_count_right_answers_only_whoever_answered_first() {
        SessionRecord s = brigadeSession();
        present(s.id(), "TP-022");
        present(s.id(), "TP-021");
        BankQuestion first = open(s.id(), QuestionType.SINGLE);
        Long leader = official("TP-021");
        loginAsOfficial(leader);
        LiveQuestion shown = seats.current(s.id()).question();
        seats.answer(s.id(), shown.runId(), tokens(shown, first, true));
        clock.advance(Duration.ofSeconds(40));
        loginAs("cadre");
        seats.answer(s.id(), shown.runId(), tokens(shown, first, true));
        loginAs("organizer");
        live.reveal(s.id());

        BankQuestion second = open(s.id(), QuestionType.MULTIPLE);
        loginAs("cadre");
        LiveQuestion multi = seats.current(s.id()).question();
        Set<String> right = tokens(multi, second, true);
        // one right option short of the key: wrong, no partial credit
        seats.answer(s.id(), multi.runId(), Set.of(right.iterator().next()));
        loginAsOfficial(leader);
        seats.answer(s.id(), multi.runId(), right);
        loginAs("organizer");
        live.end(s.id());

        List<LiveScore> scores = live.scores(s.id());
        LiveScore cadre = scores.stream().filter(x -> x.name().equals("罗文杰")).findFirst().orElseThrow();
        LiveScore chen = scores.stream().filter(x -> x.officialId().equals(leader)).findFirst().orElseThrow();
        assertThat(chen.correct()).isEqualTo(2);
        assertThat(cadre.correct()).isEqualTo(1);
        assertThat(cadre.answered()).isEqualTo(2);
        assertThat(cadre.asked()).isEqualTo(2);
        assertThat(cadre.attendance()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(scores.get(0).officialId()).isEqualTo(leader);

        List<LiveQuestion> results = live.results(s.id());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).answered()).isEqualTo(2);
        assertThat(results.get(0).correctTokens()).isEqualTo(tokens(shown, first, true));
        loginAs("cadre");
        LiveSeat seat = seats.current(s.id());
        assertThat(seat.ended()).isTrue();
        assertThat(seat.myCorrectCount()).isEqualTo(1);
        assertThat(seat.revealedCount()).isEqualTo(2);
    }

    @Test
    void the_attendee_gets_no_key_before_the_reveal_and_rejoins_with_their_own_answer() {
        SessionRecord s = brigadeSession();
        present(s.id(), "TP-022");
        BankQuestion q = open(s.id(), QuestionType.SINGLE);
        Question b = bank(q);
        loginAs("cadre");
        LiveSeat seat = seats.current(s.id());
        LiveQuestion shown = seat.question();
        assertThat(shown.correctTokens()).isEmpty();
        assertThat(shown.counts()).isEmpty();
        assertThat(shown.explanation()).isNull();
        assertThat(seat.myCorrect()).isNull();
        assertThat(seat.toString()).doesNotContain(b.explanation());
        // the tokens are opaque: no option key (A, B, ...) appears as a token
        assertThat(shown.choices()).extracting(LiveChoice::token)
                .doesNotContainAnyElementsOf(b.choices().stream().map(Option::key).toList());

        Set<String> wrong = tokens(shown, q, false);
        seats.answer(s.id(), shown.runId(), wrong);
        // a lost connection: the page is opened again and reads the state from the database
        LiveSeat rejoined = seats.current(s.id());
        assertThat(rejoined.question().runId()).isEqualTo(shown.runId());
        assertThat(rejoined.myChoice()).isEqualTo(wrong);
        assertThat(rejoined.question().correctTokens()).isEmpty();

        loginAs("organizer");
        live.reveal(s.id());
        loginAs("cadre");
        LiveSeat revealed = seats.current(s.id());
        assertThat(revealed.myCorrect()).isFalse();
        assertThat(revealed.question().correctTokens()).isEqualTo(tokens(shown, q, true));
        assertThat(revealed.question().explanation()).isEqualTo(b.explanation());
    }

    @Test
    void one_question_at_a_time_and_only_from_the_linked_banks() {
        SessionRecord s = brigadeSession();
        open(s.id(), QuestionType.SINGLE);
        BankQuestion other = live.questions(s.id()).stream().filter(b -> !b.asked()).findFirst().orElseThrow();
        assertThatThrownBy(() -> live.open(s.id(), other.courseId(), other.questionId()))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("live.error.still-open");
        live.reveal(s.id());
        assertThatThrownBy(() -> live.reveal(s.id())).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("live.error.nothing-open");
        assertThatThrownBy(() -> live.open(s.id(), "admin-licensing", "al-001"))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("live.error.question");
        assertThat(live.questions(s.id())).allMatch(b -> b.courseId().equals("admin-penalty"))
                .filteredOn(BankQuestion::asked).hasSize(1);
        LiveBoard next = live.openNext(s.id());
        assertThat(next.asked()).isEqualTo(2);
        assertThat(next.current().position()).isEqualTo(2);
    }

    @Test
    void a_cadre_cannot_run_a_quiz_and_an_organizer_cannot_reach_another_town() {
        SessionRecord s = brigadeSession();
        loginAs("cadre");
        assertThatThrownBy(() -> live.questions(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.openNext(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.reveal(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.end(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.board(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.scores(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.today()).isInstanceOf(AccessDeniedException.class);

        loginAs("admin");
        Long shijiao = unit("shijiao");
        SessionRecord theirs = session(shijiao, AudienceRule.unit(shijiao));
        loginAs("organizer");
        assertThatThrownBy(() -> live.questions(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.openNext(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.board(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.reveal(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.scores(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(live.today()).noneMatch(t -> t.session().id().equals(theirs.id()))
                .anyMatch(t -> t.session().id().equals(s.id()));
    }

    @Test
    void screens_hear_of_each_change_and_outsiders_cannot_listen() {
        SessionRecord s = brigadeSession();
        present(s.id(), "TP-022");
        loginAs("organizer");
        List<LiveQuizChanged> heard = new ArrayList<>();
        Runnable stop = live.listen(s.id(), heard::add);
        try {
            BankQuestion q = open(s.id(), QuestionType.TRUEFALSE);
            loginAs("cadre");
            LiveQuestion shown = seats.current(s.id()).question();
            seats.answer(s.id(), shown.runId(), tokens(shown, q, true));
            loginAs("organizer");
            live.reveal(s.id());
            live.end(s.id());
        } finally {
            stop.run();
        }
        assertThat(heard).extracting(LiveQuizChanged::kind).containsExactly(LiveQuizChanged.Kind.OPENED,
                LiveQuizChanged.Kind.ANSWERED, LiveQuizChanged.Kind.REVEALED, LiveQuizChanged.Kind.ENDED);
        loginAsOfficial(official("TP-013"));
        assertThatThrownBy(() -> live.listen(s.id(), heard::add)).isInstanceOf(BusinessException.class);
    }

    @Test
    void the_start_page_lists_a_running_quiz_to_its_invitees_until_it_ends() {
        SessionRecord s = brigadeSession();
        loginAs("cadre");
        assertThat(seats.myRunning()).noneMatch(r -> r.session().id().equals(s.id()));
        open(s.id(), QuestionType.SINGLE);
        loginAs("cadre");
        assertThat(seats.myRunning()).anyMatch(r -> r.session().id().equals(s.id()));
        loginAs("organizer");
        live.end(s.id());
        loginAs("cadre");
        assertThat(seats.myRunning()).noneMatch(r -> r.session().id().equals(s.id()));
    }
}
