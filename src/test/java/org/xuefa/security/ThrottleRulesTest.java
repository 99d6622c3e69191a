package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.xuefa.security.ThrottleRules.Counter;
import org.xuefa.security.ThrottleRules.Kind;

class ThrottleRulesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);
    private final Instant now = clock.instant();
    private final ThrottleRules rules = ThrottleRules.defaults();
    private final Counter none = Counter.none();

    private Counter failures(int n, Duration ago) {
        return new Counter(n, now.minus(ago), now.minus(ago), Instant.EPOCH);
    }

    @Test
    void nothing_counted_means_no_wait() {
        assertThat(rules.retryAt(now, none, none, none)).isEmpty();
    }

    @Test
    void an_account_fails_a_few_times_freely_then_waits_longer_and_longer_up_to_a_minute() {
        assertThat(rules.delayAfter(3)).isZero();
        assertThat(rules.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rules.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(rules.delayAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(rules.delayAfter(9)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rules.delayAfter(500)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rules.retryAt(now, none, none, failures(5, Duration.ofSeconds(1))))
                .contains(now.plusSeconds(3));
        assertThat(rules.retryAt(now, none, none, failures(5, Duration.ofSeconds(5)))).isEmpty();
    }

    @Test
    void failures_of_a_past_window_no_longer_delay() {
        assertThat(rules.liveFailures(Kind.ACCOUNT_ADDRESS, failures(9, Duration.ofMinutes(16)), now)).isZero();
        assertThat(rules.retryAt(now, none, none, failures(9, Duration.ofMinutes(16)))).isEmpty();
    }

    @Test
    void the_address_limit_blocks_the_address_for_a_quarter_of_an_hour() {
        assertThat(rules.blockAfter(Kind.ADDRESS, 9, now)).isEmpty();
        assertThat(rules.blockAfter(Kind.ADDRESS, 10, now)).contains(now.plus(Duration.ofMinutes(15)));
        Counter blocked = new Counter(10, now, now, now.plus(Duration.ofMinutes(15)));
        assertThat(rules.retryAt(now.plusSeconds(60), blocked, none, none)).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(rules.retryAt(now.plus(Duration.ofMinutes(15)), blocked, none, none)).isEmpty();
    }

    @Test
    void an_account_is_blocked_only_briefly_and_only_after_many_failures_from_anywhere() {
        assertThat(rules.blockAfter(Kind.ACCOUNT, 29, now)).isEmpty();
        assertThat(rules.blockAfter(Kind.ACCOUNT, 30, now)).contains(now.plus(Duration.ofMinutes(5)));
        assertThat(rules.blockAfter(Kind.ACCOUNT_ADDRESS, 1000, now)).isEmpty();
        assertThat(rules.addressMaxFailures()).as("the address limit bites first")
                .isLessThan(rules.accountMaxFailures());
    }

    @Test
    void the_longest_wait_wins() {
        Counter address = new Counter(10, now, now, now.plusSeconds(600));
        Counter account = new Counter(30, now, now, now.plusSeconds(300));
        assertThat(rules.retryAt(now, address, account, failures(6, Duration.ZERO))).contains(now.plusSeconds(600));
    }

    @Test
    void unknown_user_names_are_masked_and_keys_hide_what_was_typed() {
        assertThat(SignInThrottle.mask("MySecretPass!")).isEqualTo("M…(13)");
        assertThat(SignInThrottle.mask("张三丰")).isEqualTo("张…(3)");
        assertThat(SignInThrottle.mask("")).isEqualTo("(empty)");
        assertThat(SignInThrottle.key(Kind.ACCOUNT, "MySecretPass!")).hasSize(64).doesNotContain("Secret");
        assertThat(SignInThrottle.key(Kind.ACCOUNT, "hr")).isNotEqualTo(SignInThrottle.key(Kind.ADDRESS, "hr"));
    }
}
