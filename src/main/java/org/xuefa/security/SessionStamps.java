package org.xuefa.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a signed-in principal is still good: its account is enabled and its security stamp (taken at sign-in) is
 * the account's current one. {@code AccountService} bumps the stamp when the account is disabled, its grants change
 * or its password changes, which ends every session signed in before, on every node. The database is asked at most
 * once per {@link #CACHE} per account on this node; this node forgets its copy as soon as a change commits here.
 */
@Component
class SessionStamps {
    /** How long this node trusts a stamp it read; other nodes see a change within this time. */
    static final Duration CACHE = Duration.ofSeconds(2);

    private record Read(Optional<Long> stamp, long atNanos) {
    }

    private final UserAccountRepository accounts;
    private final Map<Long, Read> reads = new ConcurrentHashMap<>();

    SessionStamps(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** True for principals without a stored account (system tasks) and for accounts whose stamp still matches. */
    boolean isCurrent(XuefaUser user) {
        if (user.accountId() == null) {
            return true;
        }
        long now = System.nanoTime();
        Read read = reads.get(user.accountId());
        if (read == null || now - read.atNanos() > CACHE.toNanos()) {
            read = new Read(accounts.enabledStamp(user.accountId()), now);
            reads.put(user.accountId(), read);
        }
        return read.stamp().isPresent() && read.stamp().get() == user.securityStamp();
    }

    /** The account's stamp changed: forget it now and again once the change commits. */
    void changed(Long accountId) {
        reads.remove(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reads.remove(accountId);
                }
            });
        }
    }
}
