package org.xuefa.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A notification as its recipient sees it. */
public record NotificationRecord(Long id, String messageKey, List<String> args, String link, Instant createdAt,
        boolean read) {

    /** The arguments in the reader's language, ready for the message's placeholders. */
    public Object[] args(Locale locale) {
        return args.stream().map(a -> Text.resolve(a, locale)).toArray();
    }
}
