package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterEventsTest {

    @Test
    void on_a_single_node_an_event_reaches_the_channels_subscribers_at_once_until_they_unsubscribe() {
        LocalClusterEvents events = new LocalClusterEvents();
        List<String> heard = new ArrayList<>();
        Runnable stop = events.subscribe("attendance", heard::add);
        events.subscribe("live-quiz", p -> heard.add("wrong channel " + p));
        events.subscribe("attendance", p -> {
            throw new IllegalStateException("a failing subscriber does not stop the others");
        });

        events.publish("attendance", "7 42 PRESENT CHECK_IN 1000");
        assertThat(heard).containsExactly("7 42 PRESENT CHECK_IN 1000");
        stop.run();
        events.publish("attendance", "8");
        assertThat(heard).hasSize(1);
    }

    @Test
    void payloads_are_short_and_channels_plain_names() {
        LocalClusterEvents events = new LocalClusterEvents();
        assertThatThrownBy(() -> events.publish("attendance", "x".repeat(ClusterEvents.MAX_PAYLOAD + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events.subscribe("Bad Channel|", p -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_wire_form_names_the_channel_and_a_resync_reaches_every_subscriber() {
        ClusterSubscribers subscribers = new ClusterSubscribers();
        List<String> heard = new ArrayList<>();
        subscribers.add("notification", new ClusterEvents.Subscriber() {
            @Override
            public void onEvent(String payload) {
                heard.add(payload);
            }

            @Override
            public void resync() {
                heard.add("resync");
            }
        });
        subscribers.dispatch(ClusterSubscribers.encode("notification", "12|3"));
        subscribers.dispatch("no channel");
        subscribers.dispatch(ClusterSubscribers.encode("attendance", "5"));
        subscribers.resyncAll();
        assertThat(heard).containsExactly("12|3", "resync");
    }
}
