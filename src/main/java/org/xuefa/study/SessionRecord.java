package org.xuefa.study;

import java.math.BigDecimal;
import java.time.Instant;

/** A session as views and other modules see it. */
public record SessionRecord(Long id, String unitName, SessionData data, SessionStatus status, Long seriesId,
        String cancelReason, Instant closedAt, long version) {

    public String title() {
        return data.title();
    }

    public SessionKind kind() {
        return data.kind();
    }

    public Instant startsAt() {
        return data.startsAt();
    }

    public Instant endsAt() {
        return data.endsAt();
    }

    public BigDecimal creditHours() {
        return data.creditHours();
    }

    /** The speaker as shown: the name, with the title when there is one. */
    public String speaker() {
        String name = data.speakerName() == null ? "" : data.speakerName();
        return data.speakerTitle() == null || data.speakerTitle().isBlank() ? name
                : name + "（" + data.speakerTitle() + "）";
    }
}
