package org.xuefa.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Officials searched in the database: the subtrees through {@code org_unit.path} (one {@code like} per granted
 * subtree), the text, employment and active filters as conditions, sorted by name and paged with a count. The
 * number of parameters never grows with the number of units or officials.
 */
@Component
class OfficialQueries {
    static final String COLUMNS = "o.id, o.staff_number, o.name, o.unit_id, u.name as unit_name, o.position_title,"
            + " o.category, o.employment_type, o.active, o.joined_on, o.left_on, o.account_id, o.version";

    /** An official read with {@link #COLUMNS}. */
    static final RowMapper<OfficialRecord> ROW = OfficialQueries::record;

    private final NamedParameterJdbcTemplate jdbc;

    OfficialQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the officials in the subtrees that the filter takes (its unit is ignored here), by name. */
    List<OfficialRecord> page(Subtrees scope, OfficialFilter f, int offset, int limit) {
        if (scope.isEmpty() || limit <= 0) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(scope, f, p);
        p.addValue("limit", limit).addValue("offset", Math.max(0, offset));
        return jdbc.query("select " + COLUMNS + " from official o join org_unit u on u.id = o.unit_id where " + where
                + " order by o.name, o.staff_number, o.id limit :limit offset :offset", p, ROW);
    }

    long count(Subtrees scope, OfficialFilter f) {
        if (scope.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*) from official o join org_unit u on u.id = o.unit_id where "
                + where(scope, f, p), p, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The officials in the subtrees whom the audience rules stored in {@code rulesTable} for the key take (see
     * {@link AudienceSql}) and who belonged on the day (joined on or before it, not left before it), by name.
     */
    List<OfficialRecord> audience(Subtrees scope, String rulesTable, String keyColumn, Object key, Long ownerUnitId,
            LocalDate day) {
        if (scope.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("day", day);
        String sql = "select " + COLUMNS + " from official o join org_unit u on u.id = o.unit_id where "
                + scope.sql("u.path", p) + " and (o.joined_on is null or o.joined_on <= :day)"
                + " and (o.left_on is null or o.left_on >= :day) and "
                + AudienceSql.condition(rulesTable, keyColumn, key, ownerUnitId, p)
                + " order by o.name, o.staff_number, o.id";
        return jdbc.query(sql, p, ROW);
    }

    private static String where(Subtrees scope, OfficialFilter f, MapSqlParameterSource p) {
        StringBuilder sql = new StringBuilder(scope.sql("u.path", p));
        if (f.text() != null && !f.text().isBlank()) {
            p.addValue("text", "%" + escape(f.text().trim().toLowerCase()) + "%");
            sql.append(" and (lower(o.name) like :text escape '\\' or lower(o.staff_number) like :text escape '\\'"
                    + " or lower(o.position_title) like :text escape '\\')");
        }
        if (f.employmentType() != null) {
            p.addValue("employment", f.employmentType().name());
            sql.append(" and o.employment_type = :employment");
        }
        if (f.active() != null) {
            p.addValue("active", f.active());
            sql.append(" and o.active = :active");
        }
        return sql.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OfficialRecord record(ResultSet rs, int row) throws SQLException {
        long accountId = rs.getLong("account_id");
        Long account = rs.wasNull() ? null : accountId;
        return new OfficialRecord(rs.getLong("id"), rs.getString("staff_number"), rs.getString("name"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("position_title"),
                OfficialCategory.valueOf(rs.getString("category")),
                EmploymentType.valueOf(rs.getString("employment_type")), rs.getBoolean("active"),
                rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class), account,
                rs.getLong("version"));
    }
}
