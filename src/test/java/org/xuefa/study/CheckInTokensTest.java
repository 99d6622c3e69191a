package org.xuefa.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInTokensTest {
    private static final Instant SLOT_START = Instant.ofEpochSecond(1_795_000_005L / 15 * 15);
    private final CheckInTokens tokens = new CheckInTokens("test-secret", 5);

    @Test
    void a_code_is_short_enough_to_type_and_names_its_session() {
        String code = tokens.issue(4711, SLOT_START.plusSeconds(3));
        assertThat(code).hasSizeBetween(11, 16).matches("[0-9A-Z]+");
        assertThat(tokens.verify(code, SLOT_START.plusSeconds(4)))
                .isEqualTo(new CheckInTokens.Verdict(CheckInTokens.Status.VALID, 4711L));
    }

    @Test
    void a_code_changes_every_fifteen_seconds() {
        assertThat(tokens.issue(7, SLOT_START)).isEqualTo(tokens.issue(7, SLOT_START.plusSeconds(14)))
                .isNotEqualTo(tokens.issue(7, SLOT_START.plusSeconds(15)));
        assertThat(tokens.rotatesAt(SLOT_START.plusSeconds(9))).isEqualTo(SLOT_START.plusSeconds(15));
    }

    @Test
    void a_code_stays_valid_for_the_grace_after_it_rotates_and_then_expires() {
        String code = tokens.issue(7, SLOT_START);
        assertThat(tokens.verify(code, SLOT_START.plusSeconds(19)).status()).isEqualTo(CheckInTokens.Status.VALID);
        assertThat(tokens.verify(code, SLOT_START.plusSeconds(20)).status()).isEqualTo(CheckInTokens.Status.EXPIRED);
        assertThat(tokens.verify(code, SLOT_START.plus(Duration.ofHours(2))).status())
                .isEqualTo(CheckInTokens.Status.EXPIRED);
    }

    @Test
    void a_forged_or_altered_code_is_invalid() {
        String code = tokens.issue(7, SLOT_START);
        char last = code.charAt(code.length() - 1);
        String altered = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        assertThat(tokens.verify(altered, SLOT_START).status()).isEqualTo(CheckInTokens.Status.INVALID);
        // the signature of session 7 does not open session 8
        String otherSession = CheckInTokens.encode(8, 0) + code.substring(1);
        assertThat(tokens.verify(otherSession, SLOT_START).status()).isEqualTo(CheckInTokens.Status.INVALID);
        assertThat(new CheckInTokens("another-secret", 5).verify(code, SLOT_START).status())
                .isEqualTo(CheckInTokens.Status.INVALID);
        assertThat(tokens.verify("", SLOT_START).status()).isEqualTo(CheckInTokens.Status.INVALID);
        assertThat(tokens.verify("not a code!", SLOT_START).status()).isEqualTo(CheckInTokens.Status.INVALID);
        assertThat(tokens.verify(null, SLOT_START).status()).isEqualTo(CheckInTokens.Status.INVALID);
    }

    @Test
    void a_code_from_the_future_is_not_accepted() {
        String code = tokens.issue(7, SLOT_START.plusSeconds(60));
        assertThat(tokens.verify(code, SLOT_START).status()).isNotEqualTo(CheckInTokens.Status.VALID);
    }

    @Test
    void case_spaces_and_look_alike_letters_do_not_matter() {
        String code = tokens.issue(123456, SLOT_START);
        String typed = code.toLowerCase().replace('1', 'l').replace('0', 'o');
        assertThat(tokens.verify(" " + typed.substring(0, 4) + "-" + typed.substring(4) + " ", SLOT_START).status())
                .isEqualTo(CheckInTokens.Status.VALID);
    }

    @Test
    void in_cluster_mode_a_node_without_a_secret_or_with_a_short_one_refuses_to_start() {
        assertThatThrownBy(() -> new CheckInTokens("", 5, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("xuefa.checkin.secret").hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new CheckInTokens(null, 5, true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CheckInTokens("x".repeat(31), 5, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 31 bytes");
        // bytes, not characters: 11 Chinese characters are 33 bytes in UTF-8
        String code = new CheckInTokens("学".repeat(11), 5, true).issue(7, SLOT_START);
        assertThat(new CheckInTokens("学".repeat(11), 5, true).verify(code, SLOT_START).status())
                .isEqualTo(CheckInTokens.Status.VALID);
        assertThat(new CheckInTokens("", 5, false).issue(7, SLOT_START)).as("a single node may go without").isNotBlank();
    }
}
