package org.xuefa.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.BusinessException;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

/** A session's invitees stay within the organizer's scope and, for units, inside the session's unit. */
class SessionAudienceScopeTest extends ServiceTestBase {
    private static final Instant NOW = TestClockConfig.NOW.plus(Duration.ofDays(2));

    @Autowired
    StudySessions sessions;

    private static SessionData data(Long unitId, Set<AudienceRule> invitees) {
        return new SessionData(unitId, SessionKind.LECTURE, "范围测试", NOW, NOW.plusSeconds(3600), null, null, null,
                null, List.of(), List.of(), invitees, null);
    }

    @Test
    void invitees_outside_the_scope_or_the_sessions_unit_are_refused() {
        Long town = fixtures.newTown().id();
        Long office = fixtures.newUnit(town, UnitKind.OFFICE).id();
        loginAs(fixtures.newAccount(Role.ORGANIZER, town, null));
        assertThatThrownBy(() -> sessions.create(data(town, Set.of(AudienceRule.unit(unit("shijiao")))), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.create(data(town, Set.of(AudienceRule.official(official("TP-061")))),
                null)).isInstanceOf(AccessDeniedException.class);
        // a session of the office cannot invite the whole town above it
        assertThatThrownBy(() -> sessions.create(data(office, Set.of(AudienceRule.unit(town))), null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("audience.error.outside-owner");
        assertThat(sessions.create(data(town, Set.of(AudienceRule.unit(office))), null)).hasSize(1);

        loginAs("admin");
        assertThatThrownBy(() -> sessions.create(data(town, Set.of(AudienceRule.unit(unit("shijiao")))), null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("audience.error.outside-owner");
    }
}
