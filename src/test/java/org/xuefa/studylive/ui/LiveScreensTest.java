package org.xuefa.studylive.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Card;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.quiz.ui.KeyLeakInspector;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.studylive.BankQuestion;
import org.xuefa.studylive.LiveChoice;
import org.xuefa.studylive.LiveQuiz;
import org.xuefa.studylive.LiveScore;
import org.xuefa.studylive.LiveSeats;

/** The live-quiz screens driven without a browser: control page, projector, the attendee's phone, the start card. */
class LiveScreensTest extends KaribuTestBase {
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
    CourseCatalog catalog;

    /** A session of the brigade under way, linked to the penalty-law course, with the cadre marked present. */
    private SessionRecord session() {
        loginAs("organizer");
        Long town = unit("tangpeng");
        Instant start = NOW.minus(Duration.ofMinutes(5));
        SessionRecord s = sessions.create(new SessionData(town, SessionKind.LECTURE, "现场答题界面 " + UUID.randomUUID(),
                start, start.plus(Duration.ofMinutes(60)), "会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "")), List.of(new LessonRef("admin-penalty", 3)),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0);
        Long cadre = official("TP-022");
        rosters.mark(s.id(), cadre, AttendanceStatus.PRESENT, null);
        return s;
    }

    /** Opens the first not yet asked question of a type, as the organizer, and returns it. */
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

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private static String panelText() {
        return _get(LiveQuestionPanel.class).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<LiveChoice> radio() {
        return _get(RadioButtonGroup.class, s -> s.withId("live-choices"));
    }

    @Test
    void the_organizer_opens_the_next_question_sees_the_answer_counted_and_reveals_the_distribution() {
        SessionRecord s = session();
        navigate("sessions/" + s.id() + "/live");
        assertThat(text("live-idle")).contains("尚未出题");
        assertThat(_get(Button.class, x -> x.withId("live-reveal")).isEnabled()).isFalse();
        _click(_get(Button.class, x -> x.withId("live-next")));
        String stem = text("live-board-stem");
        assertThat(text("live-answered")).isEqualTo("已作答 0 / 1 人");
        assertThat(_get(Button.class, x -> x.withId("live-next")).isEnabled()).isFalse();

        loginAs("cadre");
        var seat = seats.current(s.id());
        assertThat(seat.question().stem()).isEqualTo(stem);
        seats.answer(s.id(), seat.question().runId(), Set.of(seat.question().choices().get(0).token()));
        loginAs("organizer");
        MockVaadin.clientRoundtrip(); // the pushed refresh runs as the organizer's screen would
        assertThat(text("live-answered")).isEqualTo("已作答 1 / 1 人");

        _click(_get(Button.class, x -> x.withId("live-reveal")));
        assertThat(panelText()).contains("正确答案", "1 人");
        assertThat(_find(Div.class, x -> x.withClasses("xf-live-bar"))).hasSize(seat.question().choices().size());
        @SuppressWarnings("unchecked")
        Grid<LiveScore> scores = _get(Grid.class, x -> x.withId("live-scores"));
        assertThat(GridKt._findAll(scores)).anyMatch(r -> r.name().equals("罗文杰") && r.answered() == 1);
        @SuppressWarnings("unchecked")
        Grid<BankQuestion> bank = _get(Grid.class, x -> x.withId("live-bank"));
        assertThat(GridKt._findAll(bank)).filteredOn(BankQuestion::asked).hasSize(1);
        _click(_get(Button.class, x -> x.withId("live-end")));
        assertThat(text("live-state")).isEqualTo("答题已结束");
    }

    @Test
    void the_attendee_sees_the_question_pushed_answers_and_after_the_reveal_sees_whether_they_were_right() {
        SessionRecord s = session();
        loginAs("cadre");
        navigate("live/" + s.id());
        assertThat(text("live-waiting")).isEqualTo("请稍候，主持人即将出题。");
        BankQuestion q = open(s.id(), QuestionType.SINGLE);
        loginAs("cadre");
        MockVaadin.clientRoundtrip();
        assertThat(text("live-stem")).isEqualTo(q.stem());
        Question b = bank(q);
        String rightText = b.choices().stream().filter(o -> b.answer().contains(o.key())).map(Option::text)
                .findFirst().orElseThrow();
        LiveChoice right = radio().getListDataView().getItems().filter(c -> c.text().equals(rightText)).findFirst()
                .orElseThrow();
        _setValue(radio(), right);
        _click(_get(Button.class, x -> x.withId("live-submit")));
        assertThat(text("live-status")).startsWith("已提交：").contains(rightText);

        // the connection drops and the page is opened again: the open question and the answer are back
        navigate("");
        navigate("live/" + s.id());
        assertThat(radio().getValue()).isEqualTo(right);
        assertThat(_get(Button.class, x -> x.withId("live-submit")).getText()).isEqualTo("修改答案");

        loginAs("organizer");
        live.reveal(s.id());
        loginAs("cadre");
        MockVaadin.clientRoundtrip();
        assertThat(text("live-verdict")).isEqualTo("回答正确！");
        assertThat(text("live-explanation")).isEqualTo(b.explanation());
        assertThat(text("live-score")).isEqualTo("已答对 1 / 1 题");
    }

    @Test
    void while_a_question_is_open_nothing_on_the_attendee_page_reveals_the_key() {
        SessionRecord s = session();
        BankQuestion q = open(s.id(), QuestionType.MULTIPLE);
        Question b = bank(q);
        loginAs("cadre");
        navigate("live/" + s.id());
        assertThat(KeyLeakInspector.size(UI.getCurrent())).as("the walk reaches the view").isGreaterThan(10);
        List<String> secrets = List.of(b.explanation());
        assertThat(KeyLeakInspector.leaks(UI.getCurrent(), secrets)).isEmpty();
        // the walk would see the key if it were there: the revealed page shows the explanation and the marks
        loginAs("organizer");
        live.reveal(s.id());
        loginAs("cadre");
        navigate("live/" + s.id());
        assertThat(KeyLeakInspector.leaks(UI.getCurrent(), secrets)).isNotEmpty();
    }

    @Test
    void someone_not_checked_in_sees_the_question_but_is_asked_to_check_in() {
        SessionRecord s = session();
        open(s.id(), QuestionType.TRUEFALSE);
        Long leader = official("TP-021");
        loginAsOfficial(leader);
        navigate("live/" + s.id());
        assertThat(radio().isReadOnly()).isTrue();
        assertThat(text("live-refusal")).startsWith("签到后才能答题");
        assertThat(_find(Button.class, x -> x.withId("live-submit"))).isEmpty();
        assertThat(radio().getListDataView().getItems().map(c -> radio().getItemLabelGenerator().apply(c)).toList())
                .containsExactly("正确", "错误");
    }

    @Test
    void the_projector_shows_a_join_code_and_follows_the_quiz_in_english_too() {
        SessionRecord s = session();
        loginAs("organizer");
        useLocale(Messages.ENGLISH);
        navigate("sessions/" + s.id() + "/live/screen");
        assertThat(_get(Div.class, x -> x.withId("live-qr")).getElement().getProperty("innerHTML")).startsWith("<svg")
                .contains("<path");
        assertThat(text("live-address")).endsWith("/live/" + s.id());
        assertThat(text("live-idle")).isEqualTo("The quiz starts shortly");
        open(s.id(), QuestionType.SINGLE);
        MockVaadin.clientRoundtrip();
        assertThat(text("live-answered")).isEqualTo("Answered: 0 of 1");
        live.reveal(s.id());
        MockVaadin.clientRoundtrip();
        assertThat(panelText()).contains("Right answer");
    }

    @Test
    void organizers_find_todays_sessions_and_cadres_find_a_running_quiz_on_their_start_page() {
        SessionRecord s = session();
        navigate("live");
        Card card = _get(Card.class, x -> x.withId("live-session-" + s.id()));
        assertThat(card.getElement().getTextRecursively()).contains("尚未开始答题");
        _click(_get(Button.class, x -> x.withId("live-run-" + s.id())));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("sessions/" + s.id() + "/live");

        open(s.id(), QuestionType.SINGLE);
        MockVaadin.clientRoundtrip(); // the control page refreshes as the organizer
        loginAs("cadre");
        navigate("");
        assertThat(_get(Card.class, x -> x.withId("card-live")).getElement().getTextRecursively())
                .contains(s.title());
    }

    @Test
    void a_cadre_cannot_open_the_control_page_or_the_projector() {
        SessionRecord s = session();
        loginAs("cadre");
        // a refused navigation shows the translated error page
        for (String route : List.of("sessions/" + s.id() + "/live", "sessions/" + s.id() + "/live/screen", "live")) {
            navigate(route);
            assertThat(_find(VerticalLayout.class, x -> x.withId("error-page"))).as(route).hasSize(1);
        }
    }

    @Test
    void someone_not_invited_is_told_so() {
        SessionRecord s = session();
        Long office = official("TP-013");
        loginAsOfficial(office);
        navigate("live/" + s.id());
        assertThat(_get(Paragraph.class, x -> x.withId("live-refused")).getText()).contains("不在", s.title());
        assertThat(_find(H3.class, x -> x.withId("live-stem"))).isEmpty();
        assertThat(_find(Span.class, x -> x.withId("live-answered"))).isEmpty();
    }
}
