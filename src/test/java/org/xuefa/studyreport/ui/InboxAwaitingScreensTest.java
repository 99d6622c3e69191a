package org.xuefa.studyreport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Card;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudySessions;
import org.xuefa.study.StudyTestTown;
import org.xuefa.studymakeup.MakeupRow;
import org.xuefa.studymakeup.MakeupTasks;

/**
 * Beside leave requests, the organizer's inbox and start page show sessions that ended unclosed and overdue make-up,
 * each with a count and links to where it is decided. A town of its own, so the lists hold only this test's things.
 */
class InboxAwaitingScreensTest extends KaribuTestBase {
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionRoster rosters;
    @Autowired
    SessionClosing closing;
    @Autowired
    MakeupTasks makeup;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    private static List<String> links(Div block) {
        return _find(block, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void sessions_to_close_and_overdue_make_up_come_to_the_organizer_with_links_to_where_they_are_decided() {
        loginAs("admin");
        StudyTestTown t = new StudyTestTown(orgUnits, officials, sessions, rosters, closing, 2);
        String organizer = fixtures.newAccount(Role.ORGANIZER, t.town.id(), null);
        SessionRecord held = t.session(clock.instant(), Duration.ofDays(3), List.of());
        t.hold(held, null, AttendanceStatus.PRESENT);
        MakeupRow task = makeup.ofSession(held.id()).get(0);
        makeup.changeDue(task.taskId(), LocalDate.of(2026, 11, 24), task.version());
        // started two hours ago, 30 minutes long: ended, never closed
        SessionRecord ended = t.session(clock.instant(), Duration.ofHours(2), List.of());

        loginAs(organizer);
        navigate("inbox");
        Div unclosed = _get(Div.class, d -> d.withId("inbox-awaiting-unclosed"));
        assertThat(_get(Paragraph.class, p -> p.withId("inbox-awaiting-unclosed-count")).getText())
                .isEqualTo("已结束、尚未确认考勤（结束学法）的集体学法：1 场");
        assertThat(links(unclosed)).containsExactly("sessions/" + ended.id());
        Div overdue = _get(Div.class, d -> d.withId("inbox-awaiting-makeup-overdue"));
        assertThat(overdue.getElement().getTextRecursively()).contains("逾期未完成的补学任务（可延期或督促）：1 项",
                held.title() + "：1 项逾期，最早应于 2026-11-24 完成");
        assertThat(links(overdue)).containsExactly("attendance/session/" + held.id());

        navigate(links(overdue).get(0));
        _get(SessionMakeupView.class);
        navigate("");
        Card card = _get(Card.class, c -> c.withId("card-inbox"));
        assertThat(links(_get(card, Div.class, d -> d.withId("card-awaiting-unclosed"))))
                .containsExactly("sessions/" + ended.id());
        assertThat(links(_get(card, Div.class, d -> d.withId("card-awaiting-makeup-overdue"))))
                .containsExactly("attendance/session/" + held.id());

        closing.close(ended.id());
        makeup.changeDue(task.taskId(), LocalDate.of(2026, 12, 31), makeup.ofSession(held.id()).get(0).version());
        useLocale(Messages.ENGLISH);
        navigate("inbox");
        assertThat(_get(H1.class).getText()).isEqualTo("Awaiting my decision");
        assertThat(_find(Div.class, d -> d.withClasses("xf-awaiting"))).as("nothing else awaits").isEmpty();
    }
}
