package org.xuefa.audit;

import java.time.Instant;

/** What an audit entry says, for views; the client address is empty for work not caused by a request. */
public record AuditRecord(Long id, Instant at, String actor, String action, String entityType, String entityId,
        String summary, String details, String clientAddress) {
}
