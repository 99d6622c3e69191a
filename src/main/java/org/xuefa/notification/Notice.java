package org.xuefa.notification;

import java.util.List;

/**
 * A notice to one account. {@code dedupeKey} names the event (e.g. "credential.expiry:12:30"): the same key is
 * never delivered twice to the same account. {@code args} fill the message's placeholders; an argument may carry a
 * Chinese and an English form, see {@link Text#bilingual(String, String)}.
 */
public record Notice(Long accountId, String dedupeKey, String messageKey, List<String> args, String link) {
    public Notice {
        args = List.copyOf(args);
    }
}
