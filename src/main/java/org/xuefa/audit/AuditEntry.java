package org.xuefa.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited event; written once, never edited. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private String summary;
    private String details;
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String entityType, String entityId, String summary,
            String details, String clientAddress) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = truncate(summary, 500);
        this.details = truncate(details, 4000);
        this.clientAddress = truncate(clientAddress, 64);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, at, actor, action, entityType, entityId, summary, details, clientAddress);
    }
}
