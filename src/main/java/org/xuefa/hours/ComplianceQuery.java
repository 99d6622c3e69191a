package org.xuefa.hours;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.Subtrees;

/**
 * The compliance figures in SQL: active officials of one unit subtree (the indexed {@code org_unit.path} prefix)
 * left-joined to their credits of the year, summed per official and kind in the database. Pages are read as pages;
 * whole reports are streamed row by row to a consumer, never held as a list. The requirement of each category goes
 * in as a fixed set of parameters, so the query never grows with the data.
 */
@Component
class ComplianceQuery {
    /** An official's hours of the year per kind, and of the recent window, bound by {@link #bindSubtree}. */
    static final String SUMS = " coalesce(sum(case when c.counts_toward = 'TRAINING' then c.hours end), 0) as training,"
            + " coalesce(sum(case when c.counts_toward = 'ONLINE' then c.hours end), 0) as online,"
            + " coalesce(sum(case when c.counts_toward = 'TRAINING' and c.credited_at >= :since then c.hours end), 0)"
            + " as training_recent,"
            + " coalesce(sum(case when c.counts_toward = 'ONLINE' and c.credited_at >= :since then c.hours end), 0)"
            + " as online_recent"
            + " from official o join org_unit u on u.id = o.unit_id"
            + " left join study_credit c on c.official_id = o.id and c.credit_year = :year"
            + " where o.active = true and u.path like :prefix";
    private static final String SELECT = "select o.id, o.name, o.staff_number, o.unit_id, u.name as unit_name,"
            + " u.path, o.category, o.account_id," + SUMS
            + " group by o.id, o.name, o.staff_number, o.unit_id, u.name, u.path, o.category, o.account_id";
    private static final String BEHIND = " having coalesce(sum(case when c.counts_toward = 'TRAINING' then c.hours end), 0)"
            + " < case o.category when 'LEADERSHIP_TEAM' then :tLT when 'TOWNSHIP_LEADER' then :tTL else :tST end"
            + " or coalesce(sum(case when c.counts_toward = 'ONLINE' then c.hours end), 0)"
            + " < case o.category when 'LEADERSHIP_TEAM' then :oLT when 'TOWNSHIP_LEADER' then :oTL else :oST end";
    private static final String ORDER = " order by u.path, o.name, o.id";
    private final JdbcClient jdbc;
    private final HoursPolicy policy;
    private final Clock clock;

    ComplianceQuery(JdbcClient jdbc, HoursPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** A page of the subtree's officials, optionally only those below the pace for the date. */
    List<ComplianceRow> page(String pathPrefix, LocalDate date, boolean behindOnly, int offset, int limit) {
        Pace pace = pace(date);
        return statement(pathPrefix, date, behindOnly, pace, " limit :limit offset :offset")
                .param("limit", Math.max(limit, 1)).param("offset", Math.max(offset, 0))
                .query((rs, n) -> row(rs, pace, date)).list();
    }

    long count(String pathPrefix, LocalDate date, boolean behindOnly) {
        Pace pace = pace(date);
        String sql = "select count(*) from (" + SELECT + (behindOnly ? BEHIND : "") + ") t";
        return bind(jdbc.sql(sql), pathPrefix, date, behindOnly, pace).query(Long.class).single();
    }

    /** Every official of the subtree in unit and name order, one row at a time. */
    void each(String pathPrefix, LocalDate date, boolean behindOnly, Consumer<ComplianceRow> consumer) {
        Pace pace = pace(date);
        try (var rows = statement(pathPrefix, date, behindOnly, pace, "").query((rs, n) -> row(rs, pace, date))
                .stream()) {
            rows.forEach(consumer);
        }
    }

    private JdbcClient.StatementSpec statement(String prefix, LocalDate date, boolean behindOnly, Pace pace,
            String tail) {
        return bind(jdbc.sql(SELECT + (behindOnly ? BEHIND : "") + ORDER + tail), prefix, date, behindOnly, pace);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String prefix, LocalDate date,
            boolean behindOnly, Pace pace) {
        spec = bindSubtree(spec, prefix, date);
        if (behindOnly) {
            spec = spec.param("tLT", pace.expected(OfficialCategory.LEADERSHIP_TEAM, RequirementKind.TRAINING))
                    .param("tTL", pace.expected(OfficialCategory.TOWNSHIP_LEADER, RequirementKind.TRAINING))
                    .param("tST", pace.expected(OfficialCategory.STAFF, RequirementKind.TRAINING))
                    .param("oLT", pace.expected(OfficialCategory.LEADERSHIP_TEAM, RequirementKind.ONLINE))
                    .param("oTL", pace.expected(OfficialCategory.TOWNSHIP_LEADER, RequirementKind.ONLINE))
                    .param("oST", pace.expected(OfficialCategory.STAFF, RequirementKind.ONLINE));
        }
        return spec;
    }

    /**
     * Binds the parameters of {@link #SELECT}: the start of the recent window, the year and the subtree's
     * {@code like} pattern (its '_' and '%' escaped, as {@link Subtrees} does).
     */
    JdbcClient.StatementSpec bindSubtree(JdbcClient.StatementSpec spec, String prefix, LocalDate date) {
        Instant since = date.plusDays(1).minusDays(PaceRules.RECENT_DAYS).atStartOfDay(clock.getZone()).toInstant();
        return spec.param("since", Timestamp.from(since)).param("year", date.getYear())
                .param("prefix", new Subtrees(List.of(prefix)).patterns().get(0));
    }

    private Pace pace(LocalDate date) {
        return new Pace(policy.all(date.getYear()).stream().collect(Collectors.toMap(
                r -> r.category() + "/" + r.kind(), Requirement::perYear)), date);
    }

    private static ComplianceRow row(ResultSet rs, Pace pace, LocalDate date) throws SQLException {
        OfficialCategory category = OfficialCategory.valueOf(rs.getString("category"));
        Long account = rs.getObject("account_id") == null ? null : rs.getLong("account_id");
        return new ComplianceRow(rs.getLong("id"), rs.getString("name"), rs.getString("staff_number"),
                rs.getLong("unit_id"), rs.getString("unit_name"), category,
                progress(RequirementKind.TRAINING, pace.perYear(category, RequirementKind.TRAINING),
                        rs.getBigDecimal("training"), rs.getBigDecimal("training_recent"), date),
                progress(RequirementKind.ONLINE, pace.perYear(category, RequirementKind.ONLINE),
                        rs.getBigDecimal("online"), rs.getBigDecimal("online_recent"), date),
                account);
    }

    static Progress progress(RequirementKind kind, BigDecimal perYear, BigDecimal earned, BigDecimal recent,
            LocalDate date) {
        return new Progress(kind, perYear, earned, PaceRules.expected(perYear, date), recent,
                PaceRules.standing(perYear, earned, recent, date));
    }

    private record Pace(Map<String, BigDecimal> perYear, LocalDate date) {
        BigDecimal perYear(OfficialCategory c, RequirementKind k) {
            return perYear.get(c + "/" + k);
        }

        BigDecimal expected(OfficialCategory c, RequirementKind k) {
            return PaceRules.expected(perYear(c, k), date);
        }
    }
}
