package org.xuefa.base;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The subscribers of a node's {@link ClusterEvents}, by channel, and the wire form {@code channel|payload}. */
final class ClusterSubscribers {
    private static final Logger log = LoggerFactory.getLogger(ClusterSubscribers.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9.-]{0,62}");
    static final char SEPARATOR = '|';
    private final Map<String, Set<ClusterEvents.Subscriber>> byChannel = new ConcurrentHashMap<>();

    Runnable add(String channel, ClusterEvents.Subscriber subscriber) {
        checkChannel(channel);
        byChannel.computeIfAbsent(channel, k -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> byChannel.computeIfPresent(channel, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    void deliver(String channel, String payload) {
        Set<ClusterEvents.Subscriber> targets = byChannel.get(channel);
        if (targets == null) {
            return;
        }
        for (ClusterEvents.Subscriber s : targets) {
            try {
                s.onEvent(payload);
            } catch (RuntimeException e) {
                log.warn("A subscriber of channel {} failed", channel, e);
            }
        }
    }

    /** Delivers a message in wire form; one without a channel is ignored. */
    void dispatch(String message) {
        int at = message == null ? -1 : message.indexOf(SEPARATOR);
        if (at <= 0) {
            log.debug("Ignored a cluster message without a channel");
            return;
        }
        deliver(message.substring(0, at), message.substring(at + 1));
    }

    void resyncAll() {
        byChannel.forEach((channel, targets) -> targets.forEach(s -> {
            try {
                s.resync();
            } catch (RuntimeException e) {
                log.warn("A subscriber of channel {} failed to resync", channel, e);
            }
        }));
    }

    static String encode(String channel, String payload) {
        checkChannel(channel);
        String p = payload == null ? "" : payload;
        if (p.length() > ClusterEvents.MAX_PAYLOAD) {
            throw new IllegalArgumentException("A cluster event carries ids, not " + p.length() + " characters");
        }
        return channel + SEPARATOR + p;
    }

    static void checkChannel(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
    }
}
