package org.xuefa.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.ClientAddress;

/** Records and searches the audit trail; each entry made during a request carries the client's address. */
@Service
public class AuditLog {
    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an event by the current user, inside the caller's transaction so both commit or neither. */
    @Allowed.Anyone
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, Object entityId, String summary, String details) {
        recordAs(currentActor(), action, entityType, entityId, summary, details);
    }

    /** Records an event for a named actor, e.g. a failed login where nobody is authenticated. */
    @Allowed.Anyone
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String entityType, Object entityId, String summary,
            String details) {
        entries.save(new AuditEntry(clock.instant(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), summary, details, ClientAddress.current().orElse(null)));
    }

    @Allowed.Admins
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id")));
        return entries.findAll(spec(filter), page).map(AuditEntry::toRecord).getContent();
    }

    @Allowed.Admins
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(spec(filter));
    }

    private Specification<AuditEntry> spec(AuditFilter f) {
        ZoneId zone = clock.getZone();
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase() + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("summary")), like), cb.like(cb.lower(root.get("details")), like)));
            }
            if (f.entityType() != null && !f.entityType().isBlank()) {
                p.add(cb.equal(root.get("entityType"), f.entityType()));
            }
            if (f.actor() != null && !f.actor().isBlank()) {
                p.add(cb.equal(root.get("actor"), f.actor().trim()));
            }
            if (f.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("at"), f.from().atStartOfDay(zone).toInstant()));
            }
            if (f.to() != null) {
                p.add(cb.lessThan(root.get("at"), f.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
