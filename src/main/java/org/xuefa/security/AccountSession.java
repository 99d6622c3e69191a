package org.xuefa.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One signed-in session of an account (see {@code SessionStampFilter}). */
@Entity
@Table(name = "account_session")
class AccountSession {
    @Id
    private String id;
    private Long accountId;
    private Instant startedAt;
    private Instant lastSeenAt;
    private String clientAddress;
    private String userAgent;

    protected AccountSession() {
    }

    AccountSession(String id, Long accountId, Instant at, String clientAddress, String userAgent) {
        this.id = id;
        this.accountId = accountId;
        this.startedAt = at;
        this.lastSeenAt = at;
        this.clientAddress = clientAddress == null ? null : clip(clientAddress, 64);
        this.userAgent = userAgent == null ? null : clip(userAgent, 300);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    SessionSummary toSummary(String currentId) {
        return new SessionSummary(id, startedAt, lastSeenAt, clientAddress, userAgent, id.equals(currentId));
    }
}
