package org.xuefa.studymakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudySessions;
import org.xuefa.study.StudyTestTown;
import org.xuefa.studymakeup.OverdueMakeups.OverdueSession;

/** Overdue make-up tasks await the organizer of the session's unit (counted by SQL over the subtree), no one else. */
class OverdueMakeupsTest extends ServiceTestBase {
    @Autowired
    OverdueMakeups overdue;
    @Autowired
    MakeupTasks makeup;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionRoster rosters;
    @Autowired
    SessionClosing closing;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    @Test
    void an_overdue_task_awaits_the_towns_organizer_until_it_is_given_more_time() {
        loginAs("admin");
        StudyTestTown t = new StudyTestTown(orgUnits, officials, sessions, rosters, closing, 3);
        String organizer = fixtures.newAccount(Role.ORGANIZER, t.town.id(), null);
        SessionRecord s = t.session(clock.instant(), Duration.ofDays(3), List.of());
        t.hold(s, AttendanceStatus.PRESENT, null, null);
        List<MakeupRow> rows = makeup.ofSession(s.id());
        assertThat(rows).hasSize(2);
        loginAs(organizer);
        assertThat(overdue.count()).as("due in 14 days").isZero();
        assertThat(overdue.sessions(10)).isEmpty();
        for (MakeupRow r : rows) {
            makeup.changeDue(r.taskId(), LocalDate.of(2026, 11, 24), r.version());
        }
        assertThat(overdue.count()).isEqualTo(2);
        assertThat(overdue.sessions(10)).containsExactly(
                new OverdueSession(s.id(), s.title(), 2, LocalDate.of(2026, 11, 24)));

        loginAs("organizer"); // the demo town's organizer: its own overdue make-up, not the test town's
        assertThat(overdue.count()).isPositive();
        assertThat(overdue.sessions(100)).isNotEmpty().noneMatch(o -> o.sessionId().equals(s.id()));
        for (String user : List.of("hr", "leader", "cadre")) {
            loginAs(user);
            assertThatThrownBy(() -> overdue.count()).isInstanceOf(AccessDeniedException.class);
        }

        loginAs(organizer);
        MakeupRow first = makeup.ofSession(s.id()).get(0);
        makeup.changeDue(first.taskId(), LocalDate.of(2026, 12, 31), first.version());
        assertThat(overdue.count()).isEqualTo(1);
    }
}
