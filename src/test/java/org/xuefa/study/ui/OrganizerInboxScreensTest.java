package org.xuefa.study.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import org.xuefa.base.ui.Times;
import org.xuefa.notification.Notifications;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LeaveRecord;
import org.xuefa.study.LeaveStatus;
import org.xuefa.study.PendingLeave;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionLeave;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/** Work comes to the organizer (start page and inbox), and everyone who may read a session opens it. */
class OrganizerInboxScreensTest extends KaribuTestBase {
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionLeave leaves;
    @Autowired
    Notifications notifications;

    private SessionRecord brigadeSession(Duration fromNow) {
        loginAs("organizer");
        Instant start = TestClockConfig.NOW.plus(fromNow);
        return sessions.create(new SessionData(unit("tangpeng"), SessionKind.CASE_BASED, "收件测试 " + UUID.randomUUID()
                .toString().substring(0, 6), start, start.plus(Duration.ofMinutes(90)), "大队会议室", null, "王律师",
                "镇法律顾问", List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_organizers_start_page_shows_the_cadres_leave_request_and_approving_it_there_notifies_the_cadre() {
        SessionRecord s = brigadeSession(Duration.ofDays(3));
        loginAs("cadre");
        LeaveRecord asked = leaves.askLeave(s.id(), "参加县执法培训");
        loginAs("organizer");
        assertThat(notifications.mine(0, 20)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.leave.asked");
            assertThat(n.args()).contains(s.title());
            assertThat(n.link()).isEqualTo("inbox");
        });
        navigate("");
        Card card = _get(Card.class, c -> c.withId("card-inbox"));
        assertThat(text(card)).contains("待我处理", "待处理的请假申请", "罗文杰", s.title(), "参加县执法培训");
        Div row = _get(card, Div.class, d -> d.withId("pending-leave-" + asked.id()));
        _click(_get(row, Button.class, b -> b.withId("inbox-approve-" + asked.id())));
        assertThat(_find(card, Div.class, d -> d.withId("pending-leave-" + asked.id()))).isEmpty();

        loginAs("cadre");
        assertThat(notifications.mine(0, 20)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.leave.approved");
            assertThat(n.args()).containsExactly(s.title());
        });
        loginAs("organizer");
        navigate("sessions/" + s.id());
        @SuppressWarnings("unchecked")
        Grid<RosterRow> roster = _get(Grid.class, g -> g.withId("session-roster"));
        assertThat(GridKt._findAll(roster)).filteredOn(r -> "TP-022".equals(r.staffNumber())).singleElement()
                .satisfies(r -> assertThat(r.leaveStatus()).isEqualTo(LeaveStatus.APPROVED));
    }

    @Test
    void the_inbox_lists_what_awaits_a_decision_and_declines_in_the_row() {
        SessionRecord s = brigadeSession(Duration.ofDays(4));
        loginAs("cadre");
        LeaveRecord asked = leaves.askLeave(s.id(), "家中有事");
        loginAs("organizer");
        navigate("inbox");
        assertThat(_get(Paragraph.class, p -> p.withId("inbox-count")).getText()).contains("待处理的请假申请");
        @SuppressWarnings("unchecked")
        Grid<PendingLeave> grid = _get(Grid.class, g -> g.withId("inbox-grid"));
        int row = GridKt._findAll(grid).stream().map(PendingLeave::leaveId).toList().indexOf(asked.id());
        Div decide = (Div) GridKt._getCellComponent(grid, row, "decide");
        _click(_get(decide, Button.class, b -> b.withId("inbox-decline-" + asked.id())));
        assertThat(GridKt._findAll(grid)).noneMatch(p -> p.leaveId().equals(asked.id()));
        loginAs("cadre");
        assertThat(notifications.mine(0, 20)).anySatisfy(n ->
                assertThat(n.messageKey()).isEqualTo("notification.leave.declined"));
        useLocale(Messages.ENGLISH);
        loginAs("organizer");
        navigate("inbox");
        assertThat(_get(H1.class).getText()).isEqualTo("Awaiting my decision");
    }

    @Test
    void hr_opens_a_study_session_from_the_list_and_reads_it_without_actions() {
        SessionRecord s = brigadeSession(Duration.ofDays(5));
        loginAs("hr");
        navigate("sessions");
        @SuppressWarnings("unchecked")
        Grid<SessionRecord> list = _get(Grid.class, g -> g.withId("sessions-grid"));
        int row = GridKt._findAll(list).stream().map(SessionRecord::id).toList().indexOf(s.id());
        _click((Button) GridKt._getCellComponent(list, row, "open"));
        assertThat(_get(H1.class, h -> h.withText(s.title()))).isNotNull();
        _get(Grid.class, g -> g.withId("session-roster"));
        _get(Paragraph.class, p -> p.withId("session-read-only"));
        assertThat(_find(Button.class, b -> b.withId("session-close"))).isEmpty();
        assertThat(_find(Button.class, b -> b.withId("session-edit"))).isEmpty();
        loginAs("leader");
        navigate("sessions/" + s.id());
        _get(Paragraph.class, p -> p.withId("session-read-only"));
    }

    @Test
    void an_invitee_reads_what_the_session_is_but_not_the_roster() {
        SessionRecord s = brigadeSession(Duration.ofDays(5));
        loginAs("cadre");
        navigate("sessions/" + s.id());
        assertThat(text(_get(Div.class, d -> d.withId("session-facts")))).contains("大队会议室");
        assertThat(_find(Grid.class, g -> g.withId("session-roster"))).isEmpty();
    }

    @Test
    void hr_and_cadres_have_no_inbox() {
        loginAs("hr");
        navigate("");
        assertThat(_find(Card.class, c -> c.withId("card-inbox"))).isEmpty();
    }

    @Test
    void the_projector_of_a_future_session_says_when_check_in_opens_and_closing_early_asks_first() {
        SessionRecord s = brigadeSession(Duration.ofDays(6));
        navigate("sessions/" + s.id() + "/projector");
        assertThat(_get(Paragraph.class, p -> p.withId("projector-window")).getText())
                .contains(Times.date(s.startsAt()));
        assertThat(_find(Span.class, x -> x.withId("projector-code"))).as("no empty code label").isEmpty();
        _get(Button.class, b -> b.withId("projector-full-screen"));

        navigate("sessions/" + s.id());
        Button close = _get(Button.class, b -> b.withId("session-close"));
        assertThat(close.getThemeNames()).doesNotContain("primary");
        _click(close);
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).contains("尚未开始");
    }
}
