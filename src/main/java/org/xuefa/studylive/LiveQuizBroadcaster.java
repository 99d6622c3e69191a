package org.xuefa.studylive;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xuefa.base.ClusterEvents;

/**
 * Tells the live-quiz screens of a session that its state changed, once the change is committed, on every node
 * (through {@link ClusterEvents}: the session, the run and the kind of change). Listeners run on the delivering
 * thread (the committing one on a single node), so they hand the work to their UI ({@code UI.access}) and return.
 * Screens register through {@link LiveQuiz#listen}, which checks that the caller may see the session.
 */
@Component
class LiveQuizBroadcaster {
    static final String CHANNEL = "live-quiz";
    private static final Logger log = LoggerFactory.getLogger(LiveQuizBroadcaster.class);
    private final Map<Long, Set<Consumer<LiveQuizChanged>>> listeners = new ConcurrentHashMap<>();
    private final ClusterEvents events;

    LiveQuizBroadcaster(ClusterEvents events) {
        this.events = events;
        events.subscribe(CHANNEL, new ClusterEvents.Subscriber() {
            @Override
            public void onEvent(String payload) {
                String[] p = payload.split(" ");
                Long sessionId = Long.valueOf(p[0]);
                deliver(new LiveQuizChanged(sessionId, "-".equals(p[1]) ? null : Long.valueOf(p[1]),
                        LiveQuizChanged.Kind.valueOf(p[2])));
            }

            @Override
            public void resync() {
                listeners.keySet().forEach(id -> deliver(new LiveQuizChanged(id, null, LiveQuizChanged.Kind.RESYNC)));
            }
        });
    }

    Runnable register(Long sessionId, Consumer<LiveQuizChanged> listener) {
        listeners.computeIfAbsent(sessionId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    int listenerCount(Long sessionId) {
        Set<Consumer<LiveQuizChanged>> set = listeners.get(sessionId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(LiveQuizChanged change) {
        events.publish(CHANNEL, change.sessionId() + " " + (change.runId() == null ? "-" : change.runId()) + " "
                + change.kind());
    }

    private void deliver(LiveQuizChanged change) {
        Set<Consumer<LiveQuizChanged>> targets = listeners.get(change.sessionId());
        if (targets == null) {
            return;
        }
        for (Consumer<LiveQuizChanged> l : targets) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                log.warn("A live quiz listener failed", e);
            }
        }
    }
}
