package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuefa.people.OfficialCategory;

/**
 * Compliance summed per unit in the database: the per-official figures of {@link ComplianceQuery} grouped by unit,
 * with {@link PaceRules} written as conditions (met, behind pace, cannot make it at the pace shown, in whole
 * hundredths of an hour as the rules round). One statement for a subtree whatever its size, with a fixed set of
 * parameters (each category's year, pace and the days left).
 */
@Component
class ComplianceUnits {
    /** One unit's own active officials: how many, met both, behind on either, cannot make it on either, hours. */
    record UnitSum(Long unitId, int people, int met, int behind, int cannot, BigDecimal training,
            BigDecimal online) {
    }

    private final JdbcClient jdbc;
    private final ComplianceQuery query;
    private final HoursPolicy policy;

    ComplianceUnits(JdbcClient jdbc, ComplianceQuery query, HoursPolicy policy) {
        this.jdbc = jdbc;
        this.query = query;
        this.policy = policy;
    }

    /** Each unit of the subtree with active officials, in no particular order. */
    void each(String pathPrefix, LocalDate date, Consumer<UnitSum> consumer) {
        String sql = "select t.unit_id, count(*) as people,"
                + " sum(case when t.training >= " + per("yT") + " and t.online >= " + per("yO")
                + " then 1 else 0 end) as met,"
                + " sum(case when " + behind("training", "T") + " or " + behind("online", "O")
                + " then 1 else 0 end) as behind,"
                + " sum(case when " + cannot("training", "T") + " or " + cannot("online", "O")
                + " then 1 else 0 end) as cannot,"
                + " coalesce(sum(t.training), 0) as training, coalesce(sum(t.online), 0) as online"
                + " from (select o.unit_id, o.category," + ComplianceQuery.SUMS
                + " group by o.id, o.unit_id, o.category) t group by t.unit_id";
        JdbcClient.StatementSpec spec = query.bindSubtree(jdbc.sql(sql), pathPrefix, date)
                .param("daysLeft", date.lengthOfYear() - date.getDayOfYear());
        Map<String, BigDecimal> perYear = policy.all(date.getYear()).stream()
                .collect(Collectors.toMap(r -> r.category() + "/" + r.kind(), Requirement::perYear));
        for (RequirementKind kind : new RequirementKind[] {RequirementKind.TRAINING, RequirementKind.ONLINE}) {
            String k = kind == RequirementKind.TRAINING ? "T" : "O";
            for (OfficialCategory c : OfficialCategory.values()) {
                BigDecimal year = perYear.get(c + "/" + kind);
                spec = spec.param("y" + k + code(c), year).param("e" + k + code(c), PaceRules.expected(year, date))
                        .param("h" + k + code(c), year.movePointRight(2));
            }
        }
        spec.query((rs, n) -> new UnitSum(rs.getLong("unit_id"), rs.getInt("people"), rs.getInt("met"),
                rs.getInt("behind"), rs.getInt("cannot"), rs.getBigDecimal("training"), rs.getBigDecimal("online")))
                .list().forEach(consumer);
    }

    /** Below the pace for the date (expected hours), so neither met nor on pace. */
    private static String behind(String column, String k) {
        return "t." + column + " < " + per("e" + k);
    }

    /**
     * Behind, and the hours projected to 31 December at the recent rate fall short: in hundredths, earned plus
     * recent × days left ÷ {@value PaceRules#RECENT_DAYS} rounded half up, below the year's requirement.
     */
    private static String cannot(String column, String k) {
        return "(" + behind(column, k) + " and t." + column + " * 100 + (2 * cast(round(t." + column
                + "_recent * 100) as bigint) * :daysLeft + " + PaceRules.RECENT_DAYS + ") / "
                + (2 * PaceRules.RECENT_DAYS) + " < " + per("h" + k) + ")";
    }

    /** A category's parameter of the given prefix for the row's official. */
    private static String per(String prefix) {
        return "case t.category when 'LEADERSHIP_TEAM' then :" + prefix + "LT when 'TOWNSHIP_LEADER' then :" + prefix
                + "TL else :" + prefix + "ST end";
    }

    private static String code(OfficialCategory c) {
        return switch (c) {
            case LEADERSHIP_TEAM -> "LT";
            case TOWNSHIP_LEADER -> "TL";
            case STAFF -> "ST";
        };
    }
}
