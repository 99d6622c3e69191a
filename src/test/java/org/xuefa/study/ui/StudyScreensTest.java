package org.xuefa.study.ui;

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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Card;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.CheckInTokens;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LeaveStatus;
import org.xuefa.study.MySession;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionLeave;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.studyplan.PlanProgress;
import org.xuefa.studyplan.ui.StudyPlanView;

/** Each study-session screen, driven without a browser, in Chinese and in English. */
class StudyScreensTest extends KaribuTestBase {
    private static final Instant NOW = TestClockConfig.NOW;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionRoster rosters;
    @Autowired
    SessionLeave leaves;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    CheckInTokens tokens;

    /** As the organizer: a new session of the town for the enforcement brigade, starting at the offset. */
    private SessionRecord brigadeSession(Duration fromNow) {
        loginAs("organizer");
        Instant start = NOW.plus(fromNow);
        return sessions.create(new SessionData(unit("tangpeng"), SessionKind.CASE_BASED, "以案说法 " + UUID.randomUUID()
                .toString().substring(0, 6), start, start.plus(Duration.ofMinutes(90)), "大队会议室", null, "王律师",
                "镇法律顾问", List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    /** Every text, label, placeholder and title on the page that is a missing translation ("!key"). */
    private static List<String> missingKeys() {
        List<String> missing = new ArrayList<>();
        walk(UI.getCurrent().getElement(), missing);
        return missing;
    }

    private static void walk(Element e, List<String> missing) {
        List<String> values = new ArrayList<>();
        values.add(e.getText());
        for (String p : List.of("label", "placeholder", "helperText", "headerTitle", "header")) {
            values.add(e.getProperty(p, ""));
        }
        values.add(e.getAttribute("title"));
        values.stream().filter(v -> v != null && v.matches("(?s).*![a-zA-Z]+\\.[a-zA-Z0-9_.-]+.*")).forEach(missing::add);
        e.getChildren().forEach(c -> walk(c, missing));
    }

    @Test
    void the_plan_view_shows_the_demo_quarter_that_fell_short_in_red() {
        loginAs("organizer");
        navigate("study-plan");
        assertThat(text(_get(Div.class, s -> s.withId("plan-summary"))))
                .contains("第二季度未完成学法计划：领导班子集体学法计划每季度 1 次，实际举行 0 次。");
        assertThat(_get(Span.class, s -> s.withId("plan-short-q2")).getClassNames()).contains("xf-gap");
        assertThat(_find(Span.class, s -> s.withId("plan-short-q1"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<PlanProgress.Row> grid = _get(Grid.class, s -> s.withId("plan-grid"));
        assertThat(GridKt._findAll(grid)).anyMatch(r -> r.kind() == SessionKind.LEADERSHIP_COLLECTIVE
                && r.held().equals(List.of(1, 0, 1, 0)));
        useLocale(Messages.ENGLISH);
        navigate("study-plan");
        assertThat(text(_get(Div.class, s -> s.withId("plan-summary"))))
                .contains("Q2 fell short of the plan: Leadership collective study, 1 planned per quarter, 0 held.");
        assertThat(missingKeys()).isEmpty();
    }

    @Test
    void the_organizer_edits_the_plan_and_a_cadre_cannot_open_it() {
        loginAs("organizer");
        navigate("study-plan");
        _click(_get(Button.class, s -> s.withId("plan-edit")));
        assertThat(_get(IntegerField.class,
                s -> s.withId("plan-q-LEADERSHIP_COLLECTIVE")).getValue()).isEqualTo(1);
        assertThat(missingKeys()).isEmpty();
        loginAs("cadre");
        navigate("study-plan");
        // a refused navigation shows the translated error page, not the screen
        assertThat(_find(StudyPlanView.class)).isEmpty();
        assertThat(_find(VerticalLayout.class, s -> s.withId("error-page"))).hasSize(1);
    }

    @Test
    void the_organizer_schedules_a_session_in_the_editor_and_finds_it_in_the_list() {
        loginAs("organizer");
        navigate("sessions");
        _click(_get(Button.class, s -> s.withId("session-new")));
        assertThat(missingKeys()).isEmpty();
        String title = "专题学法 " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withId("session-title")), title);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnitRecord> units = _get(MultiSelectComboBox.class,
                s -> s.withId("session-invite-units"));
        units.setValue(Set.of(units.getListDataView().getItems().filter(u -> u.code().equals("judicial")).findFirst()
                .orElseThrow()));
        assertThat(_get(BigDecimalField.class, s -> s.withId("session-hours"))
                .getValue()).isEqualByComparingTo("2");
        Button save = _get(Button.class, s -> s.withId("session-save"));
        _click(save);
        _setValue(_get(TextField.class, s -> s.withId("sessions-search")), title);
        @SuppressWarnings("unchecked")
        Grid<SessionRecord> grid = _get(Grid.class, s -> s.withId("sessions-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).data().invitees()).containsExactly(AudienceRule.unit(unit("judicial")));
    }

    @Test
    void the_detail_lists_invitees_marks_by_hand_decides_leave_and_closes() {
        SessionRecord s = brigadeSession(Duration.ofDays(1));
        loginAs("cadre");
        leaves.askLeave(s.id(), "参加县执法培训");
        loginAs("organizer");
        navigate("sessions/" + s.id());
        @SuppressWarnings("unchecked")
        Grid<RosterRow> roster = _get(Grid.class, s2 -> s2.withId("session-roster"));
        List<RosterRow> rows = GridKt._findAll(roster);
        RosterRow cadre = rows.stream().filter(r -> "TP-022".equals(r.staffNumber())).findFirst().orElseThrow();
        assertThat(cadre.leaveStatus()).isEqualTo(LeaveStatus.PENDING);
        Div leave = (Div) GridKt._getCellComponent(roster, rows.indexOf(cadre), "leave");
        _click(_get(leave, Button.class, b -> b.withId("leave-approve-" + cadre.officialId())));
        rows = GridKt._findAll(_get(Grid.class, s2 -> s2.withId("session-roster")));
        assertThat(rows).filteredOn(r -> r.officialId().equals(cadre.officialId())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(AttendanceStatus.EXCUSED));
        RosterRow other = rows.stream().filter(r -> r.status() == null).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(_get(Grid.class, s2 -> s2.withId("session-roster")),
                rows.indexOf(other), "mark"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttendanceStatus> status = _get(RadioButtonGroup.class, b -> b.withId("mark-status"));
        _setValue(status, AttendanceStatus.LATE);
        _click(_get(Button.class, b -> b.withId("mark-save")));
        assertThat(text(_get(Paragraph.class, p -> p.withId("session-counts")))).contains("迟到 1", "请假 1");
        assertThat(_get(Anchor.class, a -> a.withId("session-record")).getHref())
                .isEqualTo("sessions/" + s.id() + "/record");
        useLocale(Messages.ENGLISH);
        navigate("sessions/" + s.id());
        assertThat(text(_get(Paragraph.class, p -> p.withId("session-counts")))).contains("1 late", "1 excused");
        assertThat(missingKeys()).isEmpty();
    }

    @Test
    void the_projector_shows_a_code_and_its_count_rises_when_someone_checks_in() {
        SessionRecord s = brigadeSession(Duration.ofMinutes(5));
        navigate(ProjectorView.route(s.id()));
        String code = _get(Span.class, x -> x.withId("projector-code")).getText();
        assertThat(tokens.verify(code, NOW).sessionId()).isEqualTo(s.id());
        assertThat(_get(Span.class, x -> x.withId("projector-link")).getText()).endsWith("/checkin/" + code);
        Div qr = _get(Div.class, x -> x.withId("projector-qr"));
        assertThat(qr.getElement().getProperty("innerHTML", "")).startsWith("<svg").contains("<path");
        // from xuefa.public-url (the test default), never from the request's host
        assertThat(qr.getElement().getAttribute("data-url")).isEqualTo("http://localhost:8080/checkin/" + code);
        String before = _get(Span.class, x -> x.withId("projector-count")).getText();
        assertThat(before).startsWith("0 / ");
        checkInAs("cadre", code);
        MockVaadin.clientRoundtrip();
        assertThat(_get(Span.class, x -> x.withId("projector-count")).getText()).startsWith("1 / ");
        assertThat(text(_get(UnorderedList.class, x -> x.withId("projector-names"))))
                .contains("罗文杰");
        useLocale(Messages.ENGLISH);
        navigate(ProjectorView.route(s.id()));
        assertThat(_get(Span.class, x -> x.withId("projector-count")).getText()).isEqualTo(
                "1 of " + rosters.counts(s.id()).invited());
        assertThat(missingKeys()).isEmpty();
    }

    /** Checks in as another user through the service, as their phone would, then acts as the organizer again. */
    private void checkInAs(String username, String code) {
        fixtures.as(username, () -> attendance.checkIn(code));
    }

    @Test
    void the_check_in_link_checks_in_once_and_refuses_a_bad_code_with_a_clear_message() {
        SessionRecord s = brigadeSession(Duration.ofMinutes(20));
        String code = tokens.issue(s.id(), NOW);
        loginAs("cadre");
        navigate(CheckInView.route(code));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-headline")).getText()).isEqualTo("签到成功");
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-detail")).getText()).contains(s.title(), "出席");
        navigate(CheckInView.route(code));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-headline")).getText()).isEqualTo("您已签到");
        navigate(CheckInView.route("ZZZZZZZZZZZZ"));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-refused")).getText()).startsWith("签到码无效");
        navigate(CheckInView.route(tokens.issue(s.id(), NOW.minusSeconds(60))));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-refused")).getText()).contains("签到码已过期", "重新扫描");
        useLocale(Messages.ENGLISH);
        navigate(CheckInView.route(tokens.issue(s.id(), NOW.minusSeconds(60))));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-refused")).getText()).startsWith(
                "This check-in code has expired");
        assertThat(missingKeys()).isEmpty();
        loginAs("organizer");
        assertThat(rosters.counts(s.id()).present()).isEqualTo(1);
    }

    @Test
    void after_a_check_in_a_reload_shows_the_success_again_though_the_code_has_rotated() {
        SessionRecord s = brigadeSession(Duration.ofMinutes(20));
        SessionRecord other = brigadeSession(Duration.ofMinutes(25));
        String code = tokens.issue(s.id(), NOW);
        loginAs("cadre");
        navigate(CheckInView.route(code));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-headline")).getText()).isEqualTo("签到成功");
        assertThat(_find(TextField.class, t -> t.withId("checkin-code"))).isEmpty();
        // the address the page put in place of the code's, reloaded after the code has expired
        clock.advance(Duration.ofMinutes(10));
        UI.getCurrent().navigate("checkin", QueryParameters.of(CheckInView.SESSION, String.valueOf(s.id())));
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-headline")).getText()).isEqualTo("签到成功");
        assertThat(_get(Paragraph.class, p -> p.withId("checkin-detail")).getText()).contains(s.title());
        assertThat(_find(TextField.class, t -> t.withId("checkin-code"))).isEmpty();
        assertThat(_find(Paragraph.class, p -> p.withId("checkin-refused"))).isEmpty();
        // a session the cadre has not checked in to: the code box, nothing claimed
        UI.getCurrent().navigate("checkin", QueryParameters.of(CheckInView.SESSION, String.valueOf(other.id())));
        assertThat(_find(Paragraph.class, p -> p.withId("checkin-headline"))).isEmpty();
        _get(TextField.class, t -> t.withId("checkin-code"));
    }

    @Test
    void the_cadre_sees_upcoming_sessions_on_the_start_page_and_asks_for_leave() {
        SessionRecord s = brigadeSession(Duration.ofDays(2));
        loginAs("cadre");
        navigate("");
        // the soonest sessions under way (the demo lecture, or ones other tests left running): "check-in open", or
        // the cadre's status if a test checked them in; the card shows three, the page all of them
        List<MySession> mine = attendance.mySessions();
        assertThat(text(_get(Card.class, c -> c.withId("card-sessions")))).contains(mine.get(0).session().title())
                .containsAnyOf("正在签到", "出席", "迟到");
        Long lecture = mine.stream().filter(m -> m.session().title().equals("法治讲座：新修订的行政处罚法要点"))
                .findFirst().orElseThrow().session().id();
        navigate("my-sessions");
        _get(Card.class, c -> c.withId("my-session-" + lecture));
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref)
                .contains("my-makeup", "session-records", "my-calendar");
        _click(_get(Button.class, b -> b.withId("leave-ask-" + s.id())));
        _setValue(_get(TextArea.class, t -> t.withId("leave-reason")), "家中有事");
        _click(_get(Button.class, b -> b.withId("leave-send")));
        assertThat(_get(Paragraph.class, p -> p.withId("my-standing-" + s.id())).getText()).contains("待审批", "家中有事");
        _get(Button.class, b -> b.withId("leave-withdraw-" + s.id()));
        useLocale(Messages.ENGLISH);
        navigate("my-sessions");
        assertThat(_get(Paragraph.class, p -> p.withId("my-standing-" + s.id())).getText()).contains("Pending");
        assertThat(missingKeys()).isEmpty();
    }
}
