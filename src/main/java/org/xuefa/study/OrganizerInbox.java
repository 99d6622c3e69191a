package org.xuefa.study;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;

/**
 * What awaits the organizer's decision: pending leave requests for the not-yet-started sessions of the units they
 * organize, soonest session first, counted and paged in SQL. Deciding goes through {@link SessionLeave}.
 */
@Service
@Transactional(readOnly = true)
public class OrganizerInbox {
    private final LeaveRequestRepository leaves;
    private final StudySessionRepository sessions;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Clock clock;

    OrganizerInbox(LeaveRequestRepository leaves, StudySessionRepository sessions, OrgUnits orgUnits,
            Officials officials, Clock clock) {
        this.leaves = leaves;
        this.sessions = sessions;
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.clock = clock;
    }

    @Allowed.Organizers
    public long count() {
        Set<Long> units = organized().keySet();
        return units.isEmpty() ? 0 : leaves.countPending(units, clock.instant());
    }

    @Allowed.Organizers
    public List<PendingLeave> pending(int offset, int limit) {
        Map<Long, OrgUnitRecord> units = organized();
        if (units.isEmpty()) {
            return List.of();
        }
        int size = Math.max(limit, 1);
        List<LeaveRequest> page = leaves.pending(units.keySet(), clock.instant(), PageRequest.of(offset / size, size));
        Map<Long, StudySession> byId = sessions.findAllById(page.stream().map(LeaveRequest::sessionId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(StudySession::getId, s -> s));
        return page.stream().map(l -> {
            StudySession s = byId.get(l.sessionId());
            OrgUnitRecord unit = units.get(s.unitId());
            return new PendingLeave(l.getId(), s.getId(), s.title(), s.startsAt(), s.endsAt(),
                    unit == null ? "" : unit.name(), l.officialId(), officials.nameOf(l.officialId()), l.reason(),
                    l.requestedAt());
        }).toList();
    }

    private Map<Long, OrgUnitRecord> organized() {
        return orgUnits.treeOf(Role.ORGANIZER).stream().collect(Collectors.toMap(OrgUnitRecord::id, u -> u));
    }
}
