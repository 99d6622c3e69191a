package org.xuefa.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xuefa.audit.AuditLog;
import org.xuefa.security.ThrottleRules.Counter;
import org.xuefa.security.ThrottleRules.Kind;

/**
 * Counts failed sign-ins in the table sign_in_throttle, so every node sees the same counts, and refuses attempts
 * that {@link ThrottleRules} say must wait. Each counter changes with one atomic UPDATE (a new one with an INSERT,
 * retried as an UPDATE when another node inserted first); statements run outside any transaction on purpose.
 * Failed sign-ins reach the audit trail in bounded form: the first failure of an account from an address in a
 * window, and each block; unknown user names are masked (first character and length).
 */
@Component
class SignInThrottle {
    private static final String UNKNOWN_ADDRESS = "unknown";
    private final JdbcTemplate jdbc;
    private final ThrottleRules rules;
    private final Clock clock;
    private final UserAccountRepository accounts;
    private final AuditLog audit;

    SignInThrottle(JdbcTemplate jdbc, ThrottleRules rules, Clock clock, UserAccountRepository accounts,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Refuses (and counts against the address) an attempt that must wait. */
    void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Counter byAddress = address == null ? Counter.none() : read(key(Kind.ADDRESS, address));
        Optional<Instant> retry = rules.retryAt(now, byAddress, read(key(Kind.ACCOUNT, username)),
                read(key(Kind.ACCOUNT_ADDRESS, pair(username, address))));
        if (retry.isPresent()) {
            if (address != null) {
                count(Kind.ADDRESS, address, address, now);
            }
            throw new SignInThrottledException(retry.get());
        }
    }

    /** A wrong password (or a disabled or unknown account): counts against the account, the address and both. */
    void failed(String username, String address, String reason) {
        Instant now = clock.instant();
        String subject = subject(username);
        count(Kind.ACCOUNT, username, subject, now);
        if (address != null) {
            count(Kind.ADDRESS, address, address, now);
        }
        String from = address == null ? UNKNOWN_ADDRESS : address;
        int pairFailures = count(Kind.ACCOUNT_ADDRESS, pair(username, address), subject + " @ " + from, now);
        if (pairFailures == 1) {
            audit.recordAs(subject, "LOGIN_FAILED", "account", null, "failed login " + subject + " from " + from,
                    reason + "; later failures of this account from this address within "
                            + rules.accountWindow().toMinutes() + " min are counted, not listed");
        }
    }

    /** A successful sign-in clears the delays of this account from this address. */
    void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_throttle where key_hash = ?",
                key(Kind.ACCOUNT_ADDRESS, pair(username, address)));
    }

    /** Without a known address (a sign-in not made over HTTP) only the account's counters apply. */
    private static String pair(String username, String address) {
        return username + "\n" + (address == null ? UNKNOWN_ADDRESS : address);
    }

    /** Counters whose window and block are long over are of no use. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT10M")
    void forgetOldCounters() {
        Duration keep = rules.addressWindow().plus(rules.addressBlock()).plus(rules.accountWindow())
                .plus(rules.accountBlock()).plus(Duration.ofHours(1));
        long cutoff = clock.instant().minus(keep).toEpochMilli();
        jdbc.update("delete from sign_in_throttle where last_failure < ? and blocked_until < ?", cutoff, cutoff);
    }

    /** Adds one failure (starting a new window when the last one is over) and returns the count in the window. */
    private int count(Kind kind, String keyText, String subject, Instant now) {
        String key = key(kind, keyText);
        long at = now.toEpochMilli();
        long windowOver = now.minus(rules.window(kind)).toEpochMilli();
        String update = "update sign_in_throttle set"
                + " failures = case when window_start <= ? then 1 else failures + 1 end,"
                + " window_start = case when window_start <= ? then ? else window_start end,"
                + " last_failure = ? where key_hash = ?";
        if (jdbc.update(update, windowOver, windowOver, at, at, key) == 0) {
            try {
                jdbc.update("insert into sign_in_throttle (key_hash, kind, subject, failures, window_start,"
                        + " last_failure, blocked_until) values (?, ?, ?, 1, ?, ?, 0)", key, kind.name(),
                        clip(subject), at, at);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update(update, windowOver, windowOver, at, at, key);
            }
        }
        Counter counter = read(key);
        int failures = rules.liveFailures(kind, counter, now);
        rules.blockAfter(kind, failures, now).ifPresent(until -> {
            if (jdbc.update("update sign_in_throttle set blocked_until = ? where key_hash = ? and blocked_until < ?",
                    until.toEpochMilli(), key, at) > 0) {
                audit.recordAs("system", "SIGN_IN_BLOCKED", kind == Kind.ADDRESS ? "address" : "account", null,
                        "sign-in blocked for " + subject + " until " + until,
                        failures + " failed sign-ins since " + counter.windowStart());
            }
        });
        return failures;
    }

    private Counter read(String key) {
        List<Counter> rows = jdbc.query("select failures, window_start, last_failure, blocked_until"
                + " from sign_in_throttle where key_hash = ?", (rs, i) -> new Counter(rs.getInt(1),
                        Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4))), key);
        return rows.isEmpty() ? Counter.none() : rows.get(0);
    }

    /** An existing account's name as is; anything else typed as a user name only as its first character and length. */
    String subject(String username) {
        if (username != null && !username.isEmpty() && accounts.existsByUsername(username)) {
            return username;
        }
        return mask(username);
    }

    static String mask(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "(empty)";
        }
        return typed.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append) + "…(" + typed.codePointCount(0, typed.length()) + ")";
    }

    static String key(Kind kind, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120);
    }
}
