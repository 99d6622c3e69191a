package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;

class AccountServiceTest extends ServiceTestBase {
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;
    @Autowired
    AuthenticationConfiguration authConfig;

    static final String STRONG = "Lawful-study-2026";
    static final String OTHER = "Another-long-phrase-9";

    private final String name = "u" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void only_administrators_manage_accounts() {
        for (String user : new String[] {"cadre", "hr", "organizer", "leader"}) {
            loginAs(user);
            assertThatThrownBy(() -> accounts.list(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount(name, "x", STRONG, null,
                    Set.of()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.resetPassword(1L, STRONG)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        loginAs("admin");
        accounts.create(new AccountService.NewAccount(name, "测试", "s3cret-pass-phrase", null,
                Set.of(new RoleGrant(Role.CADRE, 1L))));
        UserAccount stored = repository.findByUsername(name).orElseThrow();
        assertThat(stored.passwordHash()).startsWith("$2").doesNotContain("s3cret-pass-phrase");
        assertThat(encoder.matches("s3cret-pass-phrase", stored.passwordHash())).isTrue();
    }

    @Test
    void usernames_are_unique_and_passwords_long_enough() {
        loginAs("admin");
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount("hr", "x", STRONG, null,
                Set.of()))).isInstanceOf(BusinessException.class).hasMessageContaining("username-taken");
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount(name, "x", "short", null, Set.of())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("password-too-short");
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount(name, "x", "woaini1314520", null,
                Set.of()))).isInstanceOf(BusinessException.class).hasMessageContaining("password-common");
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount(name, "x", name + "-is-my-pass", null,
                Set.of()))).isInstanceOf(BusinessException.class).hasMessageContaining("contains-username");
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_the_change_is_audited() throws Exception {
        loginAs("admin");
        AccountSummary created = accounts.create(new AccountService.NewAccount(name, "测试", STRONG, null,
                Set.of(new RoleGrant(Role.CADRE, 1L))));
        accounts.setEnabled(created.id(), false, created.version());
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, STRONG)))
                .isInstanceOf(DisabledException.class);
        assertThat(audit.search(new AuditFilter(name, "account", null, null, null), 0, 10))
                .extracting(r -> r.action()).contains("CREATE", "DISABLE");
    }

    @Test
    void failed_and_successful_logins_are_audited() throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("leader", "wrong-one")))
                .isInstanceOf(BadCredentialsException.class);
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("leader", "demo12345"));
        loginAs("admin");
        assertThat(audit.search(new AuditFilter(null, "account", "leader", null, null), 0, 20))
                .extracting(r -> r.action()).contains("LOGIN_FAILED", "LOGIN");
    }

    @Test
    void grants_are_replaced_with_optimistic_locking() {
        loginAs("admin");
        AccountSummary created = accounts.create(new AccountService.NewAccount(name, "测试", STRONG, null,
                Set.of(new RoleGrant(Role.CADRE, 1L))));
        AccountSummary updated = accounts.update(created.id(), "测试二", null,
                Set.of(new RoleGrant(Role.HR, 1L), new RoleGrant(Role.LEADER, 2L)), created.version());
        assertThat(updated.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.HR, 1L), new RoleGrant(Role.LEADER, 2L));
        assertThatThrownBy(() -> accounts.update(created.id(), "stale", null, Set.of(), created.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.conflict");
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() {
        loginAs("admin");
        AccountSummary admin = accounts.list("admin", 0, 10).stream().filter(a -> a.username().equals("admin"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, admin.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("cannot-disable-self");
        assertThatThrownBy(() -> accounts.update(admin.id(), "x", null, Set.of(), admin.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("cannot-drop-own-admin");
    }

    @Test
    void users_change_their_own_password_only_with_the_current_one() {
        loginAs("admin");
        accounts.create(new AccountService.NewAccount(name, "测试", STRONG, null,
                Set.of(new RoleGrant(Role.CADRE, 1L))));
        loginAs(name);
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", OTHER))
                .isInstanceOf(BusinessException.class).hasMessageContaining("wrong-password");
        assertThatThrownBy(() -> accounts.changeOwnPassword(STRONG, STRONG))
                .isInstanceOf(BusinessException.class).hasMessageContaining("password-unchanged");
        accounts.changeOwnPassword(STRONG, OTHER);
        accounts.setOwnLocale(Locale.ENGLISH);
        UserAccount stored = repository.findByUsername(name).orElseThrow();
        assertThat(encoder.matches(OTHER, stored.passwordHash())).isTrue();
        assertThat(stored.locale()).isEqualTo("en");
    }

    @Test
    void anonymous_callers_cannot_change_passwords() {
        logout();
        assertThatThrownBy(() -> accounts.changeOwnPassword("a", "b"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
