package org.xuefa.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Scope;

/**
 * What a report may cover, as {@link Subtrees} for its SQL: the reader's scope (HR, organizer or leader grants;
 * administrators everywhere), narrowed to one unit's subtree when the report is filtered by unit. Only the
 * granted units are read, never the tree or the officials.
 */
@Service
@Transactional(readOnly = true)
public class ReportScopes {
    private static final int CHUNK = 200;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;

    ReportScopes(OrgUnitRepository units, CurrentUser currentUser, NamedParameterJdbcTemplate jdbc) {
        this.units = units;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The reader's subtrees as HR, organizer or leader. */
    @Allowed.Overseers
    public Subtrees readable() {
        return of(currentUser.scopeFor(OrgUnits.READERS));
    }

    /** The organizer's subtrees (administrators: everywhere), for what awaits the organizer's decision. */
    @Allowed.Organizers
    public Subtrees organized() {
        return of(currentUser.scopeFor(Role.ORGANIZER));
    }

    /**
     * The reader's subtrees, or only the given unit's subtree when {@code unitId} is set; a unit outside the
     * reader's scope is refused.
     */
    @Allowed.Overseers
    public Subtrees readable(Long unitId) {
        Subtrees scope = readable();
        if (unitId == null) {
            return scope;
        }
        String path = units.findById(unitId).map(OrgUnit::path)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (scope.prefixes().stream().noneMatch(path::startsWith)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your scope");
        }
        return new Subtrees(List.of(path));
    }

    /**
     * The officials with these ids that lie in the reader's scope, by id (others are left out), for a list that
     * names its people (a session's make-up tasks or reflections). Read {@value #CHUNK} ids per statement, the
     * last chunk padded, so no statement's parameters grow with the list; never the whole scope.
     */
    @Allowed.Overseers
    public Map<Long, OfficialRecord> officials(Collection<Long> ids) {
        Subtrees scope = readable();
        Map<Long, OfficialRecord> found = new HashMap<>();
        List<Long> all = ids.stream().distinct().toList();
        for (int i = 0; i < all.size() && !scope.isEmpty(); i += CHUNK) {
            List<Long> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + CHUNK)));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            MapSqlParameterSource p = new MapSqlParameterSource("ids", chunk);
            jdbc.query("select o.id, o.staff_number, o.name, o.unit_id, u.name as unit_name, o.position_title,"
                    + " o.category, o.employment_type, o.active, o.joined_on, o.left_on, o.account_id, o.version"
                    + " from official o join org_unit u on u.id = o.unit_id where o.id in (:ids) and "
                    + scope.sql("u.path", p), p, rs -> {
                        long accountId = rs.getLong("account_id");
                        Long account = rs.wasNull() ? null : accountId;
                        found.put(rs.getLong("id"), new OfficialRecord(rs.getLong("id"), rs.getString("staff_number"),
                                rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                                rs.getString("position_title"), OfficialCategory.valueOf(rs.getString("category")),
                                EmploymentType.valueOf(rs.getString("employment_type")), rs.getBoolean("active"),
                                rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                                account, rs.getLong("version")));
                    });
        }
        return found;
    }

    private Subtrees of(Scope scope) {
        if (scope.global()) {
            return new Subtrees(List.of("/"));
        }
        List<String> paths = units.findAllById(scope.rootUnitIds()).stream().map(OrgUnit::path)
                .sorted(Comparator.comparingInt(String::length)).toList();
        List<String> roots = new ArrayList<>();
        for (String p : paths) {
            if (roots.stream().noneMatch(p::startsWith)) {
                roots.add(p); // a grant inside another grant's subtree adds nothing
            }
        }
        return new Subtrees(roots);
    }
}
