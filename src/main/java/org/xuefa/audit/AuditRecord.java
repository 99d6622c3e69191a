package org.xuefa.audit;

import java.time.Instant;

/** What an audit entry says, for views. */
public record AuditRecord(Long id, Instant at, String actor, String action, String entityType, String entityId,
        String summary, String details) {
}
