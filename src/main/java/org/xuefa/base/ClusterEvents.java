package org.xuefa.base;

/**
 * Tells live screens on every node that something changed: a small event bus of named channels with short text
 * payloads. On a single node (H2, or cluster mode off) delivery is in memory, at once, on the publishing thread. In
 * cluster mode ({@link ClusterMode}) an event goes out through PostgreSQL {@code NOTIFY} and reaches the
 * subscribers of every node, this one included, on that node's listening thread.
 * <p>
 * Payloads are ids and enum names only, never personal data (they pass through the database server's
 * notification queue), at most {@value #MAX_PAYLOAD} characters; receivers read the rest from the database.
 * Publish only what is committed: from a {@code @TransactionalEventListener} (after commit) or outside a
 * transaction. Delivery across nodes is at most once: a node that lost its listening connection calls every
 * subscriber's {@link Subscriber#resync()} once it is back, and screens then re-read their state.
 */
public interface ClusterEvents {
    int MAX_PAYLOAD = 1000;

    /** Sends an event to the channel's subscribers on every node. Never throws for a failed delivery. */
    void publish(String channel, String payload);

    /** Subscribes to a channel until the returned action is run. */
    Runnable subscribe(String channel, Subscriber subscriber);

    /**
     * Hears a channel. Called on the publisher's thread (single node) or the listening thread (cluster): hand
     * UI work to its UI ({@code UI.access}) and return quickly.
     */
    interface Subscriber {
        void onEvent(String payload);

        /** Events may have been missed (the listening connection was lost and is back): re-read the state. */
        default void resync() {
        }
    }
}
