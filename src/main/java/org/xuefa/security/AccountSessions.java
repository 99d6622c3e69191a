package org.xuefa.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;

/**
 * The signed-in sessions of each account (table {@code account_session}): started, and kept up to date by
 * {@code SessionStampFilter}; removed when the HTTP session ends ({@code AccountSessionListener}), when the user
 * ends one from *My settings*, and hourly when not seen for longer than the idle timeout.
 */
@Service
@Transactional
public class AccountSessions {
    /** The HTTP session attribute holding this session's row id. */
    public static final String ATTRIBUTE = AccountSessions.class.getName() + ".id";
    /** Last seen is written at most this often per session. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccountSessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration idle;
    private final Map<String, Long> confirmedAt = new ConcurrentHashMap<>();

    AccountSessions(AccountSessionRepository sessions, CurrentUser currentUser, Clock clock,
            @Value("${xuefa.session.idle-minutes:30}") long idleMinutes) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.idle = Duration.ofMinutes(idleMinutes);
    }

    /** The signed-in user's sessions, most recently seen first; {@code currentId} marks the asking one. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<SessionSummary> ownSessions(String currentId) {
        return sessions.findByAccountIdOrderByLastSeenAtDesc(currentUser.require().accountId()).stream()
                .map(s -> s.toSummary(currentId)).toList();
    }

    /** Ends one of the signed-in user's sessions: it is refused at its next request. */
    @Allowed.SignedIn
    public void endOwnSession(String id) {
        sessions.deleteOwn(id, currentUser.require().accountId());
        confirmedAt.remove(id);
    }

    String start(Long accountId, String clientAddress, String userAgent) {
        String id = UUID.randomUUID().toString();
        sessions.save(new AccountSession(id, accountId, clock.instant(), clientAddress, userAgent));
        confirmedAt.put(id, System.nanoTime());
        return id;
    }

    /** Whether the row still exists (asked at most every {@link SessionStamps#CACHE} per session on this node). */
    @Transactional(readOnly = true)
    boolean isOpen(String id) {
        long now = System.nanoTime();
        Long at = confirmedAt.get(id);
        if (at != null && now - at <= SessionStamps.CACHE.toNanos()) {
            return true;
        }
        if (!sessions.existsById(id)) {
            confirmedAt.remove(id);
            return false;
        }
        confirmedAt.put(id, now);
        return true;
    }

    void touch(String id) {
        sessions.touch(id, clock.instant());
    }

    void remove(String id) {
        sessions.deleteById(id);
        confirmedAt.remove(id);
    }

    /** Rows of sessions that ended without the listener hearing it (a node stopped). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    // rows in the shared table, whichever node wrote them: one node at a time (the in-memory map is not touched)
    @SchedulerLock(name = "account-sessions-stale", lockAtMostFor = "PT10M")
    void removeStale() {
        sessions.deleteSeenBefore(clock.instant().minus(idle).minus(TOUCH_EVERY.multipliedBy(5)));
    }
}
