package org.xuefa.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@link ClusterEvents} of a single node: delivered in memory, at once, on the publishing thread. */
@Component
@ConditionalOnProperty(name = ClusterMode.PROPERTY, havingValue = "false", matchIfMissing = true)
class LocalClusterEvents implements ClusterEvents {
    private final ClusterSubscribers subscribers = new ClusterSubscribers();

    @Override
    public void publish(String channel, String payload) {
        ClusterSubscribers.encode(channel, payload); // the same checks as in cluster mode
        subscribers.deliver(channel, payload == null ? "" : payload);
    }

    @Override
    public Runnable subscribe(String channel, Subscriber subscriber) {
        return subscribers.add(channel, subscriber);
    }
}
