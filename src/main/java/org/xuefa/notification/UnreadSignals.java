package org.xuefa.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xuefa.base.ClusterEvents;

/**
 * Tells the bells of an account, on every node, that it has a new notice: the account id goes out through
 * {@link ClusterEvents} and each open bell of that account re-reads its unread count.
 */
@Component
class UnreadSignals {
    static final String CHANNEL = "notification";
    private static final Logger log = LoggerFactory.getLogger(UnreadSignals.class);
    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ClusterEvents events;

    UnreadSignals(ClusterEvents events) {
        this.events = events;
        events.subscribe(CHANNEL, new ClusterEvents.Subscriber() {
            @Override
            public void onEvent(String payload) {
                Set<Runnable> targets = listeners.get(Long.valueOf(payload));
                if (targets != null) {
                    targets.forEach(UnreadSignals::run);
                }
            }

            @Override
            public void resync() {
                listeners.values().forEach(targets -> targets.forEach(UnreadSignals::run));
            }
        });
    }

    /** After the commit of a new notice for the account. */
    void changed(Long accountId) {
        events.publish(CHANNEL, String.valueOf(accountId));
    }

    Runnable register(Long accountId, Runnable listener) {
        listeners.computeIfAbsent(accountId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(accountId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    private static void run(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("A notification bell listener failed", e);
        }
    }
}
