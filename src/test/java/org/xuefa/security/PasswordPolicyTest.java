package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xuefa.base.BusinessException;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void the_bundled_lists_hold_at_least_ten_thousand_common_passwords_chinese_ones_included() {
        assertThat(policy.commonCount()).isGreaterThanOrEqualTo(10_000);
        for (String p : new String[] {"woaini1314", "qq123456", "a123456", "5201314", "iloveyou", "password"}) {
            assertThat(policy.isCommon(p)).as(p).isTrue();
        }
    }

    @Test
    void common_passwords_with_digits_or_symbols_added_are_still_common() {
        assertThat(policy.isCommon("woaini1314520")).isTrue();
        assertThat(policy.isCommon("Password2026!")).isTrue();
        assertThat(policy.isCommon("2026sunshine")).isTrue();
        assertThat(policy.isCommon("aaaaaaaaaaaaaa")).as("too few different characters").isTrue();
        assertThat(policy.isCommon("Lawful-study-2026")).isFalse();
    }

    @Test
    void a_password_needs_twelve_characters_by_default() {
        assertThatThrownBy(() -> policy.check("demo12345", "hr", false)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("password-too-short");
        assertThatThrownBy(() -> policy.check("Xy7-short", "hr", false)).hasMessageContaining("password-too-short");
        assertThatCode(() -> policy.check("Lawful-study-2026", "hr", false)).doesNotThrowAnyException();
        assertThatCode(() -> new PasswordPolicy(8).check("Xy7-short", "hr", false)).doesNotThrowAnyException();
    }

    @Test
    void common_ones_the_user_name_and_the_previous_password_are_refused() {
        assertThatThrownBy(() -> policy.check("qq123456qq123456", "hr", false))
                .hasMessageContaining("password-common");
        assertThatThrownBy(() -> policy.check("my-Organizer-pass", "organizer", false))
                .hasMessageContaining("contains-username");
        assertThatThrownBy(() -> policy.check("Lawful-study-2026", "hr", true))
                .hasMessageContaining("password-unchanged");
    }

    @Test
    void the_estimate_grows_with_length_and_variety_and_names_what_to_improve() {
        PasswordStrength empty = policy.estimate("", "hr");
        assertThat(empty.score()).isZero();
        assertThat(empty.acceptable()).isFalse();
        assertThat(empty.hints()).contains("password.hint.length");
        assertThat(policy.estimate("woaini1314520", "hr").hints()).contains("password.hint.common");
        assertThat(policy.estimate("my-cadre-password", "cadre").hints()).contains("password.hint.username");
        PasswordStrength digits = policy.estimate("739184265073", "hr");
        assertThat(digits.acceptable()).isTrue();
        assertThat(digits.hints()).contains("password.hint.mix");
        int fair = policy.estimate("lawfulstudyx", "hr").score();
        int better = policy.estimate("Lawful-study-2026", "hr").score();
        int best = policy.estimate("Lawful study every Friday at 3pm", "hr").score();
        assertThat(fair).isLessThan(better);
        assertThat(better).isLessThanOrEqualTo(best);
        assertThat(best).isEqualTo(4);
        assertThat(policy.estimate("Lawful study every Friday at 3pm", "hr").hints()).isEmpty();
    }
}
