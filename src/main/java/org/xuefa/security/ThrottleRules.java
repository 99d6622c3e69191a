package org.xuefa.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a sign-in attempt must wait, from three counters: per client address, per account (any address) and per
 * account and address. The address limit bites first (e.g. 10 failures in 15 minutes block that address for 15
 * minutes); an account only gets growing delays from one address, and a short block when failures pile up from
 * many addresses, so an attacker cannot lock the real user out for long and a success from another address works.
 * Pure rules over {@link Counter}s, so they are tested with a fixed clock.
 */
record ThrottleRules(int addressMaxFailures, Duration addressWindow, Duration addressBlock, int accountFreeFailures,
        Duration accountFirstDelay, Duration accountMaxDelay, int accountMaxFailures, Duration accountWindow,
        Duration accountBlock) {

    enum Kind {
        ADDRESS, ACCOUNT, ACCOUNT_ADDRESS
    }

    /** One counter as stored: failures since windowStart, the last failure and a block, if any. */
    record Counter(int failures, Instant windowStart, Instant lastFailure, Instant blockedUntil) {
        static Counter none() {
            return new Counter(0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
        }
    }

    static ThrottleRules defaults() {
        return new ThrottleRules(10, Duration.ofMinutes(15), Duration.ofMinutes(15), 3, Duration.ofSeconds(2),
                Duration.ofMinutes(1), 30, Duration.ofMinutes(15), Duration.ofMinutes(5));
    }

    Duration window(Kind kind) {
        return kind == Kind.ADDRESS ? addressWindow : accountWindow;
    }

    /** Failures that still count at {@code now}: none once the counter's window has passed. */
    int liveFailures(Kind kind, Counter c, Instant now) {
        return c.windowStart().plus(window(kind)).isAfter(now) ? c.failures() : 0;
    }

    /** The delay before the next attempt for this account from this address after {@code failures} failures. */
    Duration delayAfter(int failures) {
        int over = failures - accountFreeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = accountFirstDelay.multipliedBy(1L << Math.min(over - 1, 20));
        return delay.compareTo(accountMaxDelay) > 0 ? accountMaxDelay : delay;
    }

    /** The moment from which an attempt is allowed again, or empty when it is allowed now. */
    Optional<Instant> retryAt(Instant now, Counter address, Counter account, Counter pair) {
        Instant pairNext = liveFailures(Kind.ACCOUNT_ADDRESS, pair, now) == 0 ? Instant.EPOCH
                : pair.lastFailure().plus(delayAfter(pair.failures()));
        return Stream.of(address.blockedUntil(), account.blockedUntil(), pairNext).filter(t -> t.isAfter(now))
                .max(Instant::compareTo);
    }

    /** After a counter of this kind reached {@code failures}: the block to set, if any. */
    Optional<Instant> blockAfter(Kind kind, int failures, Instant now) {
        return switch (kind) {
            case ADDRESS -> failures >= addressMaxFailures ? Optional.of(now.plus(addressBlock)) : Optional.empty();
            case ACCOUNT -> failures >= accountMaxFailures ? Optional.of(now.plus(accountBlock)) : Optional.empty();
            case ACCOUNT_ADDRESS -> Optional.empty();
        };
    }
}
