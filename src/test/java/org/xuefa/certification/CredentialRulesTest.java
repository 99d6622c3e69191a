package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.xuefa.base.BusinessException;

class CredentialRulesTest {

    private static CredentialType type(Integer years, int windowMonths) {
        CredentialType t = BeanUtils.instantiateClass(CredentialType.class);
        ReflectionTestUtils.setField(t, "code", "ENFORCEMENT");
        ReflectionTestUtils.setField(t, "validityYears", years);
        ReflectionTestUtils.setField(t, "renewalWindowMonths", windowMonths);
        return t;
    }

    @Test
    void an_enforcement_certificate_is_valid_for_five_years_and_expiring_in_the_last_six_months() {
        Credential c = new Credential(1L, type(5, 6), "N1", "", LocalDate.of(2023, 5, 10), null, "省政府");
        assertThat(c.expiresOn()).isEqualTo(LocalDate.of(2028, 5, 9));
        assertThat(c.statusOn(LocalDate.of(2026, 11, 26), 6)).isEqualTo(CredentialStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2027, 11, 8), 6)).isEqualTo(CredentialStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2027, 11, 9), 6)).isEqualTo(CredentialStatus.EXPIRING);
        assertThat(c.statusOn(LocalDate.of(2028, 5, 9), 6)).isEqualTo(CredentialStatus.EXPIRING);
        assertThat(c.statusOn(LocalDate.of(2028, 5, 10), 6)).isEqualTo(CredentialStatus.EXPIRED);
        assertThat(c.statusOn(LocalDate.of(2023, 5, 9), 6)).isEqualTo(CredentialStatus.EXPIRED);
    }

    @Test
    void suspension_and_revocation_win_from_their_day_on() {
        Credential c = new Credential(1L, type(5, 6), "N1", "", LocalDate.of(2023, 5, 10), null, "");
        c.suspend(LocalDate.of(2026, 3, 1), "年审未通过");
        assertThat(c.statusOn(LocalDate.of(2026, 2, 28), 6)).isEqualTo(CredentialStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2026, 3, 1), 6)).isEqualTo(CredentialStatus.SUSPENDED);
        assertThat(c.statusOn(LocalDate.of(2026, 3, 1), 6).entitles()).isFalse();
        c.reinstate();
        assertThat(c.statusOn(LocalDate.of(2026, 3, 1), 6)).isEqualTo(CredentialStatus.VALID);
        c.revoke(LocalDate.of(2026, 6, 1), "违法执法");
        assertThat(c.statusOn(LocalDate.of(2026, 6, 1), 6)).isEqualTo(CredentialStatus.REVOKED);
        assertThatThrownBy(() -> c.suspend(LocalDate.of(2026, 7, 1), " ")).isInstanceOf(BusinessException.class);
    }

    @Test
    void a_credential_without_validity_never_expires_and_a_renewed_one_does() {
        Credential legal = new Credential(1L, type(null, 0), "A1", "", LocalDate.of(2012, 3, 1), null, "司法部");
        assertThat(legal.expiresOn()).isNull();
        assertThat(legal.statusOn(LocalDate.of(2040, 1, 1), 0)).isEqualTo(CredentialStatus.VALID);
        legal.replacedBy(9L);
        assertThat(legal.statusOn(LocalDate.of(2040, 1, 1), 0)).isEqualTo(CredentialStatus.EXPIRED);
        assertThatThrownBy(() -> new Credential(1L, type(5, 6), "N2", "", LocalDate.of(2023, 5, 10),
                LocalDate.of(2022, 1, 1), "")).isInstanceOf(BusinessException.class);
    }

    @Test
    void one_credential_walks_through_valid_expiring_expired_suspended_and_renewed() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Function<String, LocalDate> on = d -> LocalDate.now(
                Clock.fixed(Instant.parse(d + "T02:00:00Z"), zone));
        CredentialType type = type(5, 6);
        Credential c = new Credential(1L, type, "W-1", "", LocalDate.of(2021, 6, 1), null, "");
        assertThat(c.statusOn(on.apply("2025-06-01"), 6)).isEqualTo(CredentialStatus.VALID);
        assertThat(c.statusOn(on.apply("2025-12-01"), 6)).isEqualTo(CredentialStatus.EXPIRING);
        assertThat(c.statusOn(on.apply("2026-06-01"), 6)).isEqualTo(CredentialStatus.EXPIRED);

        c.suspend(LocalDate.of(2025, 3, 1), "missed registration");
        assertThat(c.statusOn(on.apply("2025-03-01"), 6)).isEqualTo(CredentialStatus.SUSPENDED);
        c.reinstate();
        assertThat(c.statusOn(on.apply("2025-03-01"), 6)).isEqualTo(CredentialStatus.VALID);

        Credential renewed = new Credential(1L, type, "W-2", "", LocalDate.of(2026, 5, 20), null, "");
        c.replacedBy(99L);
        assertThat(c.statusOn(on.apply("2026-05-21"), 6)).as("the old one is history").isEqualTo(CredentialStatus.EXPIRED);
        assertThat(renewed.statusOn(on.apply("2026-05-21"), 6)).isEqualTo(CredentialStatus.VALID);
        assertThat(renewed.expiresOn()).isEqualTo(LocalDate.of(2031, 5, 19));
    }
}
