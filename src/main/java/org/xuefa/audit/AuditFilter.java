package org.xuefa.audit;

import java.time.LocalDate;

/** Search criteria for the audit log; null fields do not filter. */
public record AuditFilter(String text, String entityType, String actor, LocalDate from, LocalDate to) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
