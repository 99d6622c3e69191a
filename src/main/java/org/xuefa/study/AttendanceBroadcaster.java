package org.xuefa.study;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells live screens (the projector) about attendance as soon as it is committed, with fresh counts. A listener
 * runs on the thread that committed, so it must hand the work to its UI ({@code UI.access}) and return.
 */
@Component
public class AttendanceBroadcaster {
    private static final Logger log = LoggerFactory.getLogger(AttendanceBroadcaster.class);
    private final Map<Long, Set<Consumer<LiveUpdate>>> listeners = new ConcurrentHashMap<>();
    private final AttendanceRepository attendance;

    AttendanceBroadcaster(AttendanceRepository attendance) {
        this.attendance = attendance;
    }

    /** An attendance change and the session's counts right after it (the invited count is the screen's). */
    public record LiveUpdate(AttendanceRecorded change, int present, int late, int excused, int absent) {
    }

    /** Listens to one session's changes until the returned action is run. */
    public Runnable register(Long sessionId, Consumer<LiveUpdate> listener) {
        listeners.computeIfAbsent(sessionId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRecorded(AttendanceRecorded change) {
        Set<Consumer<LiveUpdate>> targets = listeners.get(change.sessionId());
        if (targets == null || targets.isEmpty()) {
            return;
        }
        // counted and sent under one lock per session, so the last update a screen gets has the latest counts
        synchronized (targets) {
            int[] c = new int[AttendanceStatus.values().length];
            for (Object[] row : attendance.countByStatus(change.sessionId())) {
                c[((AttendanceStatus) row[0]).ordinal()] = ((Number) row[1]).intValue();
            }
            LiveUpdate update = new LiveUpdate(change, c[AttendanceStatus.PRESENT.ordinal()],
                    c[AttendanceStatus.LATE.ordinal()], c[AttendanceStatus.EXCUSED.ordinal()],
                    c[AttendanceStatus.ABSENT.ordinal()]);
            for (Consumer<LiveUpdate> l : targets) {
                try {
                    l.accept(update);
                } catch (RuntimeException e) {
                    log.warn("A live attendance listener failed", e);
                }
            }
        }
    }
}
