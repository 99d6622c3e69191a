package org.xuefa.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.people.ReportScopes;

/**
 * What awaits the organizer's decision: pending leave requests for the not-yet-started sessions of the units they
 * organize, soonest session first, counted and paged in SQL (deciding goes through {@link SessionLeave}); and
 * sessions of their subtree that have ended but are still open, whose attendance awaits confirming by closing
 * ({@link SessionClosing}). Both read in SQL through the subtree's {@code org_unit.path}
 * ({@link ReportScopes#organized()}), so no statement's parameters grow with the number of units.
 */
@Service
@Transactional(readOnly = true)
public class OrganizerInbox {
    private static final String PENDING = " from session_leave l join study_session s on s.id = l.session_id"
            + " join org_unit u on u.id = s.unit_id left join official o on o.id = l.official_id"
            + " where l.status = 'PENDING' and s.status = 'SCHEDULED' and s.starts_at > :now and %s";
    private static final String UNCLOSED = " from study_session s join org_unit u on u.id = s.unit_id"
            + " where s.status = 'SCHEDULED' and s.ends_at <= :now and %s";
    private final Clock clock;
    private final ReportScopes scopes;
    private final NamedParameterJdbcTemplate jdbc;

    OrganizerInbox(Clock clock, ReportScopes scopes, NamedParameterJdbcTemplate jdbc) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many pending leave requests await the organizer, for sessions of the subtree not yet started. */
    @Allowed.Organizers
    public long count() {
        MapSqlParameterSource p = new MapSqlParameterSource("now", now());
        Long n = jdbc.queryForObject("select count(*)" + PENDING.formatted(scopes.organized().sql("u.path", p)), p,
                Long.class);
        return n == null ? 0 : n;
    }

    /** A page of them (the page holding {@code offset}), the soonest session first. */
    @Allowed.Organizers
    public List<PendingLeave> pending(int offset, int limit) {
        int size = Math.max(limit, 1);
        MapSqlParameterSource p = new MapSqlParameterSource("now", now()).addValue("limit", size)
                .addValue("offset", Math.max(offset, 0) / size * size);
        return jdbc.query("select l.id, s.id as session_id, s.title, s.starts_at, s.ends_at, u.name as unit_name,"
                + " l.official_id, coalesce(o.name, '') as official_name, l.reason, l.requested_at"
                + PENDING.formatted(scopes.organized().sql("u.path", p))
                + " order by s.starts_at, l.requested_at, l.id limit :limit offset :offset", p,
                (rs, n) -> new PendingLeave(rs.getLong("id"), rs.getLong("session_id"), rs.getString("title"),
                        instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("unit_name"),
                        rs.getLong("official_id"), rs.getString("official_name"), rs.getString("reason"),
                        instant(rs, "requested_at")));
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
                (rs, n) -> new UnclosedSession(rs.getLong("id"), rs.getString("title"), instant(rs, "starts_at"),
                        instant(rs, "ends_at")));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
