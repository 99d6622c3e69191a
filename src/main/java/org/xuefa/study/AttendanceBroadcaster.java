package org.xuefa.study;

import java.time.Instant;
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
import org.xuefa.people.Officials;
import org.xuefa.security.SystemTask;

/**
 * Tells live screens (the projector) about attendance as soon as it is committed, with fresh counts, on every node:
 * the change goes out through {@link ClusterEvents} as ids and enum names (never the name), and the node with a
 * screen open for the session counts and looks the name up in the database. A listener runs on the thread that
 * delivers (the committing one on a single node), so it must hand the work to its UI ({@code UI.access}) and return.
 */
@Component
public class AttendanceBroadcaster {
    static final String CHANNEL = "attendance";
    private static final Logger log = LoggerFactory.getLogger(AttendanceBroadcaster.class);
    private final Map<Long, Set<Consumer<LiveUpdate>>> listeners = new ConcurrentHashMap<>();
    private final AttendanceRepository attendance;
    private final Officials officials;
    private final ClusterEvents events;

    AttendanceBroadcaster(AttendanceRepository attendance, Officials officials, ClusterEvents events) {
        this.attendance = attendance;
        this.officials = officials;
        this.events = events;
        events.subscribe(CHANNEL, new ClusterEvents.Subscriber() {
            @Override
            public void onEvent(String payload) {
                received(payload);
            }

            @Override
            public void resync() {
                listeners.keySet().forEach(sessionId -> send(sessionId, null));
            }
        });
    }

    /**
     * An attendance change and the session's counts right after it (the invited count is the screen's). Without a
     * change (null) events may have been missed: the screen re-reads its state.
     */
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
        events.publish(CHANNEL, change.sessionId() + " " + change.officialId() + " " + change.status() + " "
                + change.source() + " " + (change.at() == null ? "-" : String.valueOf(change.at().toEpochMilli())));
    }

    private void received(String payload) {
        String[] p = payload.split(" ");
        Long sessionId = Long.valueOf(p[0]);
        if (!listeners.containsKey(sessionId)) {
            return;
        }
        Long officialId = Long.valueOf(p[1]);
        String name = SystemTask.run(() -> officials.nameOf(officialId));
        send(sessionId, new AttendanceRecorded(sessionId, officialId, name, AttendanceStatus.valueOf(p[2]),
                AttendanceSource.valueOf(p[3]), "-".equals(p[4]) ? null : Instant.ofEpochMilli(Long.parseLong(p[4]))));
    }

    private void send(Long sessionId, AttendanceRecorded change) {
        Set<Consumer<LiveUpdate>> targets = listeners.get(sessionId);
        if (targets == null || targets.isEmpty()) {
            return;
        }
        // counted and sent under one lock per session, so the last update a screen gets has the latest counts
        synchronized (targets) {
            int[] c = new int[AttendanceStatus.values().length];
            for (Object[] row : attendance.countByStatus(sessionId)) {
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
