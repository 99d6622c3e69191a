package org.xuefa.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * A kind of thing that awaits the organizer's decision, contributed by the feature that owns it (a Spring bean in its
 * ui package), beside the leave requests in the organizer's inbox and on the start page: how many there are, the
 * first few, and where each is decided.
 */
public interface AwaitingDecision {

    /** Lower comes first. */
    int order();

    /** For the signed-in user: the count and the first {@code limit} items, or empty when none is theirs to decide. */
    Optional<Pending> pending(int limit);

    /** One kind: an id for the page, how many in the user's language ("... : 3"), the count and the first items. */
    record Pending(String id, String countText, long count, List<Item> first) {
    }

    /** One thing awaiting a decision: what it is, in the user's language, and the address where it is decided. */
    record Item(String text, String href) {
    }
}
