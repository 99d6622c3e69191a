package org.xuefa.people;

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
            jdbc.query("select " + OfficialQueries.COLUMNS
                    + " from official o join org_unit u on u.id = o.unit_id where o.id in (:ids) and "
                    + scope.sql("u.path", p), p, rs -> {
                        OfficialRecord o = OfficialQueries.ROW.mapRow(rs, 0);
                        found.put(o.id(), o);
                    });
        }
        return found;
    }

    /** The subtrees of the signed-in user's grants of the roles (administrators: the whole tree). */
    @Allowed.SignedIn
    public Subtrees through(Role... roles) {
        return of(currentUser.scopeFor(roles));
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
