package org.xuefa.study;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.ReportScopes;
import org.xuefa.security.Role;

/**
 * What awaits the organizer's decision: pending leave requests for the not-yet-started sessions of the units they
 * organize, soonest session first, counted and paged in SQL (deciding goes through {@link SessionLeave}); and
 * sessions of their subtree that have ended but are still open, whose attendance awaits confirming by closing
 * ({@link SessionClosing}), read in SQL through the subtree's {@code org_unit.path}.
 */
@Service
@Transactional(readOnly = true)
public class OrganizerInbox {
    private static final String UNCLOSED = " from study_session s join org_unit u on u.id = s.unit_id"
            + " where s.status = 'SCHEDULED' and s.ends_at <= :now and %s";
    private final LeaveRequestRepository leaves;
    private final StudySessionRepository sessions;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Clock clock;
    private final ReportScopes scopes;
    private final NamedParameterJdbcTemplate jdbc;

    OrganizerInbox(LeaveRequestRepository leaves, StudySessionRepository sessions, OrgUnits orgUnits,
            Officials officials, Clock clock, ReportScopes scopes, NamedParameterJdbcTemplate jdbc) {
        this.scopes = scopes;
        this.jdbc = jdbc;
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

    /** How many sessions of the organizer's subtree have ended but are not closed. */
    @Allowed.Organizers
    public long countUnclosed() {
        MapSqlParameterSource p = new MapSqlParameterSource("now", now());
        Long n = jdbc.queryForObject("select count(*)" + UNCLOSED.formatted(scopes.organized().sql("u.path", p)), p,
                Long.class);
        return n == null ? 0 : n;
    }

    /** The first {@code limit} of them, the earliest ended first. */
    @Allowed.Organizers
    public List<UnclosedSession> unclosed(int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("now", now()).addValue("limit", Math.max(limit, 1));
        return jdbc.query("select s.id, s.title, s.starts_at, s.ends_at" + UNCLOSED.formatted(
                scopes.organized().sql("u.path", p)) + " order by s.ends_at, s.id limit :limit", p,
                (rs, n) -> new UnclosedSession(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant()));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private Map<Long, OrgUnitRecord> organized() {
        return orgUnits.treeOf(Role.ORGANIZER).stream().collect(Collectors.toMap(OrgUnitRecord::id, u -> u));
    }
}
