package org.xuefa.hours;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.Subtrees;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/**
 * External training in SQL, within the reader's HR scope as prefixes of the indexed {@code org_unit.path}: the
 * year's list paged by the database, and the officials a file names by staff number, asked {@value #CHUNK} at a
 * time (the last chunk padded), so no statement grows with the data. Reads the people module's {@code official}
 * and {@code org_unit} as a report joins them; writes nothing.
 */
@Component
class ExternalTrainingQuery {
    static final int CHUNK = 200;
    private static final String FROM = " from study_credit c join official o on o.id = c.official_id"
            + " join org_unit u on u.id = o.unit_id where c.source = 'EXTERNAL' and c.credit_year = :year and ";

    /** An official a file may name: in the reader's HR scope. */
    record Person(Long id, String staffNumber, String name) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgUnits orgUnits;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExternalTrainingQuery(NamedParameterJdbcTemplate jdbc, OrgUnits orgUnits, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    List<ExternalTrainingRow> page(int year, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("year", year)
                .addValue("offset", Math.max(offset, 0)).addValue("limit", Math.max(limit, 1));
        String scope = hrScope().sql("u.path", p);
        return jdbc.query("select c.id, c.official_id, o.name, o.staff_number, u.name as unit_name, c.title,"
                + " c.provider, c.certificate, c.started_on, c.credited_at, c.hours, c.counts_toward" + FROM + scope
                + " order by c.credited_at desc, c.id desc offset :offset rows fetch next :limit rows only", p,
                (rs, n) -> row(rs));
    }

    long count(int year) {
        MapSqlParameterSource p = new MapSqlParameterSource("year", year);
        Long n = jdbc.queryForObject("select count(*)" + FROM + hrScope().sql("u.path", p), p, Long.class);
        return n == null ? 0 : n;
    }

    /** Of the staff numbers, the officials in the reader's HR scope, by staff number. */
    Map<String, Person> byStaffNumber(Collection<String> staffNumbers) {
        Map<String, Person> found = new HashMap<>();
        List<String> all = staffNumbers.stream().distinct().toList();
        Subtrees scope = hrScope();
        for (int i = 0; i < all.size() && !scope.isEmpty(); i += CHUNK) {
            List<String> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + CHUNK)));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            MapSqlParameterSource p = new MapSqlParameterSource("numbers", chunk);
            jdbc.query("select o.id, o.staff_number, o.name from official o join org_unit u on u.id = o.unit_id"
                    + " where o.staff_number in (:numbers) and " + scope.sql("u.path", p), p, rs -> {
                        found.put(rs.getString("staff_number"), new Person(rs.getLong("id"),
                                rs.getString("staff_number"), rs.getString("name")));
                    });
        }
        return found;
    }

    /** The reader's HR grants as subtrees: the outermost paths of the units HR may edit (everything for admins). */
    private Subtrees hrScope() {
        if (currentUser.scopeFor(Role.HR).global()) {
            return new Subtrees(List.of("/"));
        }
        List<String> paths = orgUnits.treeOf(Role.HR).stream().map(OrgUnitRecord::path)
                .sorted(Comparator.comparingInt(String::length)).toList();
        List<String> roots = new ArrayList<>();
        for (String path : paths) {
            if (roots.stream().noneMatch(path::startsWith)) {
                roots.add(path);
            }
        }
        return new Subtrees(roots);
    }

    private ExternalTrainingRow row(ResultSet rs) throws SQLException {
        Date started = rs.getDate("started_on");
        LocalDate finished = LocalDate.ofInstant(rs.getTimestamp("credited_at").toInstant(), clock.getZone());
        return new ExternalTrainingRow(rs.getLong("id"), rs.getLong("official_id"), rs.getString("name"),
                rs.getString("staff_number"), rs.getString("unit_name"), rs.getString("title"),
                rs.getString("provider"), rs.getString("certificate"), started == null ? null : started.toLocalDate(),
                finished, rs.getBigDecimal("hours"), RequirementKind.valueOf(rs.getString("counts_toward")));
    }
}
