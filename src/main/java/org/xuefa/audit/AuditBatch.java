package org.xuefa.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.ClientAddress;

/**
 * Many audit entries at once, for a large import (a county's roster: one entry per official created): the same
 * entries {@link AuditLog#record} writes, sent as JDBC batches inside the caller's transaction, so 20,000 rows are
 * not 20,000 round trips through the persistence context.
 */
@Service
public class AuditBatch {
    private static final int BATCH = 500;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditBatch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One event of a batch; the actor, time and client address are the current ones. */
    public record Event(String action, String entityType, Object entityId, String summary, String details) {
    }

    /** Records the events by the current user, in the caller's transaction so they commit with its writes. */
    @Allowed.Anyone
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<Event> events) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "system" : auth.getName();
        Timestamp at = Timestamp.from(clock.instant());
        String address = truncate(ClientAddress.current().orElse(null), 64);
        for (int i = 0; i < events.size(); i += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (Event e : events.subList(i, Math.min(events.size(), i + BATCH))) {
                rows.add(new Object[] {at, actor, e.action(), e.entityType(),
                    e.entityId() == null ? null : e.entityId().toString(), truncate(e.summary(), 500),
                    truncate(e.details(), 4000), address});
            }
            jdbc.batchUpdate("insert into audit_entry (at, actor, action, entity_type, entity_id, summary, details,"
                    + " client_address) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
