package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.AuditRecord;

/** Sign-in through Spring Security's authentication manager, as the login form does, from given addresses. */
class SignInThrottleTest extends ServiceTestBase {
    @Autowired
    AuthenticationConfiguration authConfig;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    /** Addresses of this test only: the shared context's clock stands still, so counters outlive a test. */
    private final String prefix = "10." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200) + ".";

    private Authentication signIn(String username, String password, String address) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    private List<Class<?>> tryWrong(String username, String address, int times) throws Exception {
        List<Class<?>> outcomes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            try {
                signIn(username, "wrong-" + i, address);
            } catch (AuthenticationException e) {
                outcomes.add(e.getClass());
            }
        }
        return outcomes;
    }

    @Test
    void twenty_wrong_passwords_block_the_address_but_the_user_still_signs_in_from_elsewhere() throws Exception {
        String attacker = prefix + "1";
        List<Class<?>> outcomes = tryWrong("hr", attacker, 20);
        assertThat(outcomes).hasSize(20);
        assertThat(outcomes.subList(0, 4)).as("a few failures are answered at once")
                .containsOnly(BadCredentialsException.class);
        assertThat(outcomes.subList(4, 20)).as("then the account waits, and the address is blocked")
                .containsOnly(SignInThrottledException.class);

        assertThatThrownBy(() -> signIn("hr", "demo12345", attacker))
                .as("even the right password waits when it comes from the blocked address")
                .isInstanceOfSatisfying(SignInThrottledException.class, e -> assertThat(e.retryAt())
                        .isEqualTo(TestClockConfig.NOW.plus(Duration.ofMinutes(15))));

        Authentication real = signIn("hr", "demo12345", prefix + "2");
        assertThat(real.isAuthenticated()).isTrue();
        assertThat(real.getName()).isEqualTo("hr");
    }

    @Test
    void the_counters_are_rows_in_the_database_keyed_without_what_was_typed() throws Exception {
        String address = prefix + "3";
        tryWrong("organizer", address, 12);
        Integer addressFailures = jdbc.queryForObject("select failures from sign_in_throttle where key_hash = ?",
                Integer.class, SignInThrottle.key(ThrottleRules.Kind.ADDRESS, address));
        assertThat(addressFailures).isGreaterThanOrEqualTo(10);
        Long blockedUntil = jdbc.queryForObject("select blocked_until from sign_in_throttle where key_hash = ?",
                Long.class, SignInThrottle.key(ThrottleRules.Kind.ADDRESS, address));
        assertThat(blockedUntil).isEqualTo(TestClockConfig.NOW.plus(Duration.ofMinutes(15)).toEpochMilli());
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where subject like ?", Integer.class,
                "organizer @ " + address)).isEqualTo(1);
    }

    @Test
    void the_audit_lists_failures_per_account_and_address_not_per_attempt_and_masks_unknown_names()
            throws Exception {
        String address = prefix + "4";
        tryWrong("leader", address, 12);
        String typed = "Secret" + UUID.randomUUID().toString().substring(0, 6);
        tryWrong(typed, prefix + "5", 3);
        loginAs("admin");
        List<AuditRecord> leader = audit.search(new AuditFilter(address, "account", "leader", null, null), 0, 50);
        assertThat(leader).extracting(AuditRecord::action).containsExactly("LOGIN_FAILED");
        List<AuditRecord> blocked = audit.search(new AuditFilter(address, "address", null, null, null), 0, 50);
        assertThat(blocked).extracting(AuditRecord::action).containsExactly("SIGN_IN_BLOCKED");
        List<AuditRecord> unknown = audit.search(new AuditFilter(prefix + "5", null, null, null, null), 0, 50);
        assertThat(unknown).hasSize(1).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("S…(12)");
            assertThat(r.summary() + r.details()).doesNotContain(typed);
        });
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where subject like ?", Integer.class,
                "%" + typed + "%")).isZero();
    }
}
