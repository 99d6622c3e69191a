package org.xuefa.studycalendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;

/** An account's personal calendar feed: the SHA-256 of the secret in its link, never the secret itself. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends AbstractEntity {
    private Long accountId;
    private String username;
    private String tokenHash;
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Long accountId, String username, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    Long accountId() {
        return accountId;
    }

    String username() {
        return username;
    }

    Instant createdAt() {
        return createdAt;
    }
}
