package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;

class AdminBootstrapTest {
    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);

    private AdminBootstrap bootstrap(String configured) {
        return new AdminBootstrap(accounts, encoder, mock(AuditLog.class), clock, configured, new PasswordPolicy(12));
    }

    private UserAccount runWith(String configured) {
        when(accounts.count()).thenReturn(0L);
        bootstrap(configured).run(null);
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        return saved.getValue();
    }

    @Test
    void first_start_creates_admin_with_the_configured_password() {
        UserAccount admin = runWith("a-long-secret");
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(encoder.matches("a-long-secret", admin.passwordHash())).isTrue();
        assertThat(admin.grants()).containsExactly(new RoleGrant(Role.ADMIN, null));
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void without_a_configured_password_a_random_one_is_used() {
        UserAccount admin = runWith("");
        assertThat(encoder.matches("", admin.passwordHash())).isFalse();
        assertThat(admin.passwordHash()).startsWith("$2");
        assertThat(admin.mustChangePassword()).as("a password from the log must be changed").isTrue();
    }

    @Test
    void a_configured_password_with_the_user_name_is_refused() {
        when(accounts.count()).thenReturn(0L);
        assertThatThrownBy(() -> bootstrap("my-admin-password").run(null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("contains-username");
    }

    @Test
    void a_too_short_configured_password_is_refused() {
        when(accounts.count()).thenReturn(0L);
        assertThatThrownBy(() -> bootstrap("short").run(null))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void nothing_is_created_when_accounts_exist() {
        when(accounts.count()).thenReturn(3L);
        bootstrap("a-long-secret").run(null);
        verify(accounts, never()).save(any());
    }
}
