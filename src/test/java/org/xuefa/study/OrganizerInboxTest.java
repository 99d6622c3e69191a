package org.xuefa.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.notification.Notifications;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

class OrganizerInboxTest extends ServiceTestBase {
    @Autowired
    OrganizerInbox inbox;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionLeave leaves;
    @Autowired
    SessionRoster rosters;
    @Autowired
    Notifications notifications;
    @Autowired
    SessionClosing closing;

    /** A town of the test's own with its organizer and a cadre (both with accounts) and a session tomorrow. */
    private record Town(Long unitId, String organizer, String cadre, SessionRecord session) {
    }

    private Town town() {
        Long townId = fixtures.newTown().id();
        String organizer = fixtures.newAccount(Role.ORGANIZER, townId, null);
        var cadre = fixtures.newPerson(fixtures.newUnit(townId, UnitKind.OFFICE).id(), Role.CADRE);
        loginAs(organizer);
        Instant start = TestClockConfig.NOW.plus(Duration.ofDays(1));
        SessionRecord s = sessions.create(new SessionData(townId, SessionKind.THEMATIC, "收件 " + UUID.randomUUID(),
                start, start.plus(Duration.ofMinutes(60)), "会议室", null, "王律师", "法律顾问", List.of(), List.of(),
                Set.of(AudienceRule.unit(townId)), null), null).get(0);
        return new Town(townId, organizer, cadre.username(), s);
    }

    @Test
    void a_leave_request_reaches_the_organizers_inbox_and_notifications_and_leaves_it_when_decided() {
        Town t = town();
        loginAs(t.cadre());
        LeaveRecord asked = leaves.askLeave(t.session().id(), "出差");
        loginAs(t.organizer());
        assertThat(inbox.count()).isEqualTo(1);
        PendingLeave p = inbox.pending(0, 10).get(0);
        assertThat(p.leaveId()).isEqualTo(asked.id());
        assertThat(p.sessionTitle()).isEqualTo(t.session().title());
        assertThat(p.reason()).isEqualTo("出差");
        assertThat(notifications.mine(0, 10)).singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notification.leave.asked"));
        leaves.decideLeave(asked.id(), true, null);
        assertThat(inbox.count()).isZero();
        assertThat(inbox.pending(0, 10)).isEmpty();
        loginAs(t.cadre());
        assertThat(notifications.mine(0, 10)).singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notification.leave.approved"));
    }

    @Test
    void asking_again_while_pending_notifies_once() {
        Town t = town();
        loginAs(t.cadre());
        leaves.askLeave(t.session().id(), "出差");
        leaves.askLeave(t.session().id(), "出差");
        loginAs(t.organizer());
        assertThat(notifications.mine(0, 10)).hasSize(1);
    }

    @Test
    void other_organizers_do_not_see_it_and_other_roles_have_no_inbox() {
        Town t = town();
        loginAs(t.cadre());
        leaves.askLeave(t.session().id(), "出差");
        loginAs("organizer"); // the demo town's organizer: another town
        assertThat(inbox.pending(0, 100)).noneMatch(p -> p.sessionId().equals(t.session().id()));
        for (String user : new String[] {"hr", "leader", "cadre"}) {
            loginAs(user);
            assertThatThrownBy(() -> inbox.count()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inbox.pending(0, 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_session_that_ended_unclosed_awaits_its_organizer_until_it_is_closed() {
        Town t = town();
        loginAs(t.organizer());
        Instant start = TestClockConfig.NOW.minus(Duration.ofHours(3));
        SessionRecord ended = sessions.create(new SessionData(t.unitId(), SessionKind.THEMATIC, "已结束 "
                + UUID.randomUUID(), start, start.plus(Duration.ofMinutes(90)), "会议室", null, "王律师", "法律顾问",
                List.of(), List.of(), Set.of(AudienceRule.unit(t.unitId())), null), null).get(0);
        assertThat(inbox.countUnclosed()).isEqualTo(1);
        assertThat(inbox.unclosed(10)).singleElement().satisfies(u -> {
            assertThat(u.sessionId()).isEqualTo(ended.id());
            assertThat(u.title()).isEqualTo(ended.title());
            assertThat(u.endsAt()).isEqualTo(ended.endsAt());
        });
        loginAs("organizer"); // another town's organizer
        assertThat(inbox.unclosed(100)).noneMatch(u -> u.sessionId().equals(ended.id()));
        loginAs("hr");
        assertThatThrownBy(() -> inbox.countUnclosed()).isInstanceOf(AccessDeniedException.class);
        loginAs(t.organizer());
        closing.close(ended.id());
        assertThat(inbox.countUnclosed()).isZero();
        assertThat(inbox.unclosed(10)).isEmpty();
    }

    @Test
    void leaders_and_hr_read_a_roster_in_their_scope_only() {
        Town t = town();
        String hr = fixtures.newAccount(Role.HR, t.unitId(), null);
        loginAs(hr);
        assertThat(rosters.roster(t.session().id())).isNotEmpty();
        loginAs("hr"); // HR of the demo town
        assertThatThrownBy(() -> rosters.roster(t.session().id())).isInstanceOf(AccessDeniedException.class);
        loginAs(t.cadre());
        assertThatThrownBy(() -> rosters.counts(t.session().id())).isInstanceOf(AccessDeniedException.class);
    }
}
