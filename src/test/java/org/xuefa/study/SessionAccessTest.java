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
import org.xuefa.base.BusinessException;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;

/** The one home of "who may organize, read or attend this session", including the wrong role and another town. */
class SessionAccessTest extends ServiceTestBase {
    private static final Instant NOW = TestClockConfig.NOW;
    private static final String NO_OFFICIAL = "test.no-official";
    private static final String NOT_INVITED = "test.not-invited";

    @Autowired
    SessionAccess access;
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

    /** As the organizer: a session of Tangpeng for the invitees, an hour from now. */
    private SessionRecord tangpengSession(AudienceRule... invitees) {
        Long tangpeng = unit("tangpeng");
        loginAs("organizer");
        Instant start = NOW.plus(Duration.ofHours(1));
        return sessions.create(new SessionData(tangpeng, SessionKind.THEMATIC, "权限测试 " + UUID.randomUUID(), start,
                start.plus(Duration.ofMinutes(45)), "会议室", null, "王律师", null, List.of(), List.of(),
                Set.of(invitees), null), null).get(0);
    }

    /** As the administrator: a session of a town outside every demo account's scope. */
    private SessionRecord otherTownSession() {
        loginAs("admin");
        StudyTestTown town = new StudyTestTown(orgUnits, officials, sessions, rosters, closing, 1);
        return town.session(NOW, Duration.ofHours(-2), List.of());
    }

    @Test
    void the_organizer_organizes_and_reads_their_towns_sessions_but_not_another_towns() {
        SessionRecord own = tangpengSession(AudienceRule.unit(unit("brigade")));
        SessionRecord other = otherTownSession();
        loginAs("organizer");
        assertThat(access.organized(own.id()).title()).isEqualTo(own.title());
        assertThat(access.read(own.id()).id()).isEqualTo(own.id());
        assertThat(access.mayOrganize(own.unitId())).isTrue();
        assertThatThrownBy(() -> access.organized(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.read(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(access.mayOrganize(other.unitId())).isFalse();
        assertThat(access.mayRead(other.unitId())).isFalse();
        assertThat(access.organizedBetween(NOW, NOW.plus(Duration.ofDays(1)))).extracting(SessionRecord::id)
                .contains(own.id()).doesNotContain(other.id());
    }

    @Test
    void leaders_and_hr_read_their_towns_sessions_but_may_not_organize_them() {
        SessionRecord own = tangpengSession(AudienceRule.unit(unit("brigade")));
        for (String reader : List.of("leader", "hr")) {
            loginAs(reader);
            assertThat(access.read(own.id()).id()).as(reader).isEqualTo(own.id());
            assertThat(access.mayRead(own.unitId())).as(reader).isTrue();
            assertThat(access.mayOrganize(own.unitId())).as(reader).isFalse();
            assertThatThrownBy(() -> access.organized(own.id())).as(reader)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> access.organizedBetween(NOW, NOW.plus(Duration.ofDays(1)))).as(reader)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_invitee_attends_and_views_but_a_cadre_may_neither_organize_nor_read() {
        SessionRecord invited = tangpengSession(AudienceRule.unit(unit("brigade")));
        SessionRecord notInvited = tangpengSession(AudienceRule.role(Role.LEADER));
        loginAs("cadre");
        assertThatThrownBy(() -> access.read(invited.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.organized(invited.id())).isInstanceOf(AccessDeniedException.class);

        SessionAccess.Invited seat = access.invitee(invited.id(), NO_OFFICIAL, NOT_INVITED);
        assertThat(seat.session().id()).isEqualTo(invited.id());
        assertThat(seat.me().staffNumber()).isEqualTo("TP-022");
        SessionAccess.Viewer viewer = access.viewer(invited.id());
        assertThat(viewer.invited()).isTrue();
        assertThat(viewer.reader()).isFalse();
        assertThat(viewer.organizer()).isFalse();
        assertThat(access.organizedOrInvited(invited.id(), NO_OFFICIAL, NOT_INVITED).id()).isEqualTo(invited.id());

        assertThatThrownBy(() -> access.invitee(notInvited.id(), NO_OFFICIAL, NOT_INVITED))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo(NOT_INVITED);
        assertThatThrownBy(() -> access.organizedOrInvited(notInvited.id(), NO_OFFICIAL, NOT_INVITED))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> access.viewer(notInvited.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_account_without_an_official_is_never_an_invitee() {
        SessionRecord s = tangpengSession(AudienceRule.unit(unit("brigade")));
        loginAs("admin");
        assertThat(access.invitingMe(NOW, NOW.plus(Duration.ofDays(1)), null)).isEmpty();
        assertThatThrownBy(() -> access.invitee(s.id(), NO_OFFICIAL, NOT_INVITED))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo(NO_OFFICIAL);
        assertThat(access.viewer(s.id()).reader()).as("the administrator reads every session").isTrue();
    }

    @Test
    void sessions_inviting_me_are_the_ones_whose_rules_count_me_in_the_period_and_status() {
        SessionRecord invited = tangpengSession(AudienceRule.unit(unit("brigade")));
        SessionRecord notInvited = tangpengSession(AudienceRule.role(Role.LEADER));
        loginAs("organizer");
        sessions.cancel(invited.id(), "改期", invited.version());
        loginAs("cadre");
        Instant to = NOW.plus(Duration.ofDays(1));
        assertThat(access.invitingMe(NOW, to, null)).extracting(SessionRecord::id).contains(invited.id())
                .doesNotContain(notInvited.id());
        assertThat(access.invitingMe(NOW, to, SessionStatus.SCHEDULED)).extracting(SessionRecord::id)
                .doesNotContain(invited.id());
        assertThat(access.invitingMe(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)), null))
                .extracting(SessionRecord::id).doesNotContain(invited.id());
    }
}
