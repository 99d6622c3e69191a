package org.xuefa.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Scope;

/**
 * The register's queries, answered by the database whatever the size of the scope: the caller's scope and the
 * unit filter as prefixes of the indexed {@code org_unit.path}, status as {@link StatusSql} conditions, sort and
 * paging in SQL, exports streamed with a fetch size. No statement carries more parameters than a fixed number
 * (lists of ids go in chunks of {@value #CHUNK}). It reads the people module's tables {@code official} and
 * {@code org_unit} directly, as a report joins them; nothing here writes.
 */
@Component
class RegisterQueries {
    static final int CHUNK = 500;
    private static final String FROM = " from credential c join official o on o.id = c.holder_id"
            + " join org_unit u on u.id = o.unit_id left join credential_type t on t.code = c.type_code";
    private static final String COLUMNS = "select c.id, c.holder_id, o.name as holder_name, u.name as unit_name,"
            + " c.type_code, c.number, c.fields, c.issued_on, c.expires_on, c.issuer, " + StatusSql.ORDINAL
            + " as status, c.suspend_reason, c.revoke_reason, c.version, o.staff_number, o.unit_id,"
            + " o.position_title, o.category, o.employment_type, o.active, o.joined_on, o.left_on, o.account_id,"
            + " o.version as official_version";
    private static final String OFFICIALS = "select o.id as holder_id, o.staff_number, o.name as holder_name,"
            + " o.unit_id, u.name as unit_name, o.position_title, o.category, o.employment_type, o.active,"
            + " o.joined_on, o.left_on, o.account_id, o.version as official_version"
            + " from official o join org_unit u on u.id = o.unit_id";
    private static final String LIKE = " escape '\\'";

    /** A credential with its holder, as one row of the register. */
    record Row(CredentialRecord credential, OfficialRecord holder) {
    }

    /** A where clause on {@code c}, {@code o}, {@code u}, {@code t} and its parameters. */
    record Where(String sql, MapSqlParameterSource params) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    RegisterQueries(DataSource dataSource, CurrentUser currentUser) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(CHUNK);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.currentUser = currentUser;
    }

    /** The credentials matching the filter on the day, of holders in the caller's scope for the roles. */
    Where where(CredentialFilter f, LocalDate day, Role... roles) {
        MapSqlParameterSource p = new MapSqlParameterSource("day", day);
        List<String> and = new ArrayList<>();
        and.add(scope(p, roles));
        if (f.typeCode() != null) {
            and.add("c.type_code = :type");
            p.addValue("type", f.typeCode());
        }
        if (f.status() != null) {
            and.add(StatusSql.is(f.status()));
        }
        if (f.expiringWithinDays() != null) {
            and.add(StatusSql.ENTITLES + " and c.expires_on is not null and c.expires_on <= :until");
            p.addValue("until", day.plusDays(f.expiringWithinDays()));
        }
        if (f.unitId() != null) {
            List<String> path = jdbc.queryForList("select path from org_unit where id = :id",
                    Map.of("id", f.unitId()), String.class);
            if (path.isEmpty()) {
                and.add("1 = 0");
            } else {
                and.add("u.path like :unitPath" + LIKE);
                p.addValue("unitPath", likePrefix(path.get(0)));
            }
        }
        if (f.text() != null && !f.text().isBlank()) {
            and.add("(lower(o.name) like :text" + LIKE + " or lower(o.staff_number) like :text" + LIKE
                    + " or lower(c.number) like :text" + LIKE + ")");
            p.addValue("text", "%" + escape(f.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(String.join(" and ", and), p);
    }

    List<Row> page(Where w, CredentialSort sort, int offset, int limit) {
        MapSqlParameterSource p = w.params();
        p.addValue("offset", Math.max(offset, 0)).addValue("limit", Math.max(limit, 0));
        return jdbc.query(COLUMNS + FROM + " where " + w.sql() + orderBy(sort)
                + " offset :offset rows fetch next :limit rows only", p, (rs, i) -> row(rs));
    }

    long count(Where w) {
        Long n = jdbc.queryForObject("select count(*)" + FROM + " where " + w.sql(), w.params(), Long.class);
        return n == null ? 0 : n;
    }

    /** How many credentials have each status (every status present, zero when none). */
    Map<CredentialStatus, Long> countByStatus(Where w) {
        Map<CredentialStatus, Long> counts = new EnumMap<>(CredentialStatus.class);
        for (CredentialStatus s : CredentialStatus.values()) {
            counts.put(s, 0L);
        }
        // grouped outside: the status expression carries parameters, which a GROUP BY would not recognise
        jdbc.query("select status, count(*) as n from (select " + StatusSql.ORDINAL + " as status" + FROM
                + " where " + w.sql() + ") x group by status", w.params(),
                rs -> {
                    counts.put(StatusSql.fromOrdinal(rs.getInt("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** Every matching row in order, one at a time, without holding them (the caller holds a transaction). */
    void forEach(Where w, CredentialSort sort, Consumer<Row> each) {
        jdbc.query(COLUMNS + FROM + " where " + w.sql() + orderBy(sort), w.params(), rs -> {
            each.accept(row(rs));
        });
    }

    /**
     * Of the given officials in the caller's scope for the roles, those holding a credential of the type that
     * entitles them on the day (and, with {@code expiringBy}, expires by then). Asked in chunks of fixed size.
     */
    Set<Long> entitled(String typeCode, Collection<Long> officialIds, LocalDate day, LocalDate expiringBy,
            Role... roles) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = officialIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            MapSqlParameterSource p = new MapSqlParameterSource("day", day).addValue("type", typeCode)
                    .addValue("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            String sql = "select distinct c.holder_id" + FROM + " where c.type_code = :type and c.holder_id in (:ids)"
                    + " and " + StatusSql.ENTITLES + " and " + scope(p, roles);
            if (expiringBy != null) {
                sql += " and c.expires_on is not null and c.expires_on <= :until";
                p.addValue("until", expiringBy);
            }
            result.addAll(jdbc.queryForList(sql, p, Long.class));
        }
        return result;
    }

    /** Officials by id, wherever they are (for system work), asked in fixed-size chunks. */
    Map<Long, OfficialRecord> officials(Collection<Long> officialIds) {
        Map<Long, OfficialRecord> result = new HashMap<>();
        List<Long> ids = officialIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.query(OFFICIALS + " where o.id in (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))),
                    rs -> {
                        OfficialRecord o = official(rs);
                        result.put(o.id(), o);
                    });
        }
        return result;
    }

    /** Officials in the caller's scope for the role, by staff number, asked in fixed-size chunks. */
    Map<String, OfficialRecord> byStaffNumber(Collection<String> staffNumbers, Role role) {
        Map<String, OfficialRecord> result = new HashMap<>();
        List<String> numbers = staffNumbers.stream().distinct().toList();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            MapSqlParameterSource p = new MapSqlParameterSource("numbers",
                    numbers.subList(from, Math.min(numbers.size(), from + CHUNK)));
            jdbc.query(OFFICIALS + " where o.staff_number in (:numbers) and " + scope(p, role), p, rs -> {
                OfficialRecord o = official(rs);
                result.put(o.staffNumber(), o);
            });
        }
        return result;
    }

    /** The code of a unit, or null. */
    String unitCode(Long unitId) {
        return jdbc.queryForList("select code from org_unit where id = :id", Map.of("id", unitId), String.class)
                .stream().findFirst().orElse(null);
    }

    /** The codes of the roots of the caller's scope for the roles (none for a global scope). */
    List<String> scopeRootCodes(Role... roles) {
        Scope scope = currentUser.scopeFor(roles);
        if (scope.global() || scope.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select code from org_unit where id in (:ids) order by path",
                Map.of("ids", scope.rootUnitIds()), String.class);
    }

    /**
     * The caller's scope as a condition on {@code u.path}: one prefix per granted unit (a user's handful of
     * grants, never a list that grows with the data).
     */
    private String scope(MapSqlParameterSource p, Role... roles) {
        Scope scope = currentUser.scopeFor(roles);
        if (scope.global()) {
            return "1 = 1";
        }
        if (scope.isEmpty()) {
            return "1 = 0";
        }
        List<String> paths = jdbc.queryForList("select path from org_unit where id in (:ids)",
                Map.of("ids", scope.rootUnitIds()), String.class);
        if (paths.isEmpty()) {
            return "1 = 0";
        }
        List<String> or = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            or.add("u.path like :scope" + i + LIKE);
            p.addValue("scope" + i, likePrefix(paths.get(i)));
        }
        return "(" + String.join(" or ", or) + ")";
    }

    private static String orderBy(CredentialSort sort) {
        CredentialSort s = sort == null ? CredentialSort.byUnit() : sort;
        String dir = s.descending() ? " desc" : "";
        String first = switch (s.key()) {
            case UNIT -> "u.name" + dir;
            case NAME -> "o.name" + dir;
            case TYPE -> "c.type_code" + dir;
            case NUMBER -> "c.number" + dir;
            case ISSUED -> "c.issued_on" + dir;
            // no expiry comes after every date, in either direction as a date would
            case EXPIRES -> "case when c.expires_on is null then 1 else 0 end" + dir + ", c.expires_on" + dir;
            case STATUS -> "status" + dir;
        };
        return " order by " + first + ", o.name, c.id";
    }

    static String likePrefix(String path) {
        return escape(path) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Row row(ResultSet rs) throws SQLException {
        CredentialRecord credential = new CredentialRecord(rs.getLong("id"), rs.getLong("holder_id"),
                rs.getString("holder_name"), rs.getString("unit_name"), rs.getString("type_code"),
                rs.getString("number"), rs.getString("fields"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("issuer"),
                StatusSql.fromOrdinal(rs.getInt("status")), rs.getString("suspend_reason"),
                rs.getString("revoke_reason"), rs.getLong("version"));
        OfficialRecord holder = official(rs);
        return new Row(credential, holder);
    }

    private static OfficialRecord official(ResultSet rs) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        return new OfficialRecord(rs.getLong("holder_id"), rs.getString("staff_number"),
                rs.getString("holder_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("position_title"), OfficialCategory.valueOf(rs.getString("category")),
                EmploymentType.valueOf(rs.getString("employment_type")), rs.getBoolean("active"),
                rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class), accountId,
                rs.getLong("official_version"));
    }
}
