package org.xuefa.staffing;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.xuefa.people.PostKind;
import org.xuefa.support.Fixtures;

/**
 * A generated county for the staffing tests, written with plain SQL: a county with posts of its own, a bureau and
 * three towns of four units each, some hundreds of officials (established, contract, part-time; some gone), posts
 * with and without a required credential (two of a kind in some units), assignments full-time and part-time, current,
 * ended and future, credentials in every state, and a few people from outside the county doing its work. The
 * expected figures are counted here in Java from what was written, independently of the report's SQL.
 */
final class StaffingTree {
    record Unit(long id, String code, String path, String kind, Long parentId) {
    }

    record Official(long id, long unitId, String employment, boolean active) {
    }

    record Post(long id, long unitId, PostKind kind, int establishment, String required) {
    }

    record Assignment(long postId, long officialId, boolean primary, LocalDate start, LocalDate end) {
    }

    record Credential(long holderId, String type, LocalDate issued, LocalDate expires, LocalDate suspended,
            LocalDate revoked, boolean replaced) {
    }

    /** The expected figures of one unit and kind. */
    record Expected(long unitId, String path, PostKind kind, int established, int filled, int vacant, int contract,
            int concurrent, int holders, String required, Integer certified, Integer filledUncertified,
            Integer concurrentUncertified, Integer trainable, Integer expiring) {
        boolean gap() {
            return vacant > 0 || concurrent > 0;
        }
    }

    private static final String[] EMPLOYMENT = {"ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "CONTRACT", "CONCURRENT"};
    private final JdbcTemplate jdbc;
    private final Random random;
    private final String tag = Fixtures.unique();
    final List<Unit> units = new ArrayList<>();
    final List<Official> officials = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<Credential> credentials = new ArrayList<>();
    Unit county;

    private StaffingTree(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Writes the county and its people; {@code outsideUnitId} is a unit outside it, home of a few who help out. */
    static StaffingTree build(JdbcTemplate jdbc, long seed, int people, long outsideUnitId, LocalDate around) {
        StaffingTree t = new StaffingTree(jdbc, seed);
        t.county = t.unit(null, "COUNTY");
        List<Unit> working = new ArrayList<>(List.of(t.county, t.unit(t.county, "OFFICE")));
        for (int i = 0; i < 3; i++) {
            Unit town = t.unit(t.county, "TOWN");
            working.add(town);
            for (String kind : List.of("OFFICE", "BRIGADE", "STATION", "VILLAGE_COMMITTEE")) {
                working.add(t.unit(town, kind));
            }
        }
        for (Unit u : working) {
            for (PostKind kind : PostKind.values()) {
                int n = t.random.nextInt(4) == 0 ? 2 : t.random.nextInt(3) == 0 ? 0 : 1;
                for (int i = 0; i < n; i++) {
                    String required = kind == PostKind.ENFORCEMENT ? "ENFORCEMENT"
                            : kind == PostKind.LEADERSHIP && i == 1 ? "SUPERVISION" : null;
                    t.post(u, kind, t.random.nextInt(7), required);
                }
            }
        }
        for (int i = 0; i < people; i++) {
            long home = i < 6 ? outsideUnitId : working.get(t.random.nextInt(working.size())).id();
            t.official(home, EMPLOYMENT[t.random.nextInt(EMPLOYMENT.length)], t.random.nextInt(12) != 0, around);
        }
        return t;
    }

    private Unit unit(Unit parent, String kind) {
        String code = "g" + units.size() + "-" + tag;
        String path = (parent == null ? "/" : parent.path()) + code + "/";
        long id = insert("insert into org_unit (version, code, name, name_en, kind, parent_id, path, sort_order)"
                + " values (0, ?, ?, ?, ?, ?, ?, ?)", code, "生成单位" + code, "Generated " + code, kind,
                parent == null ? null : parent.id(), path, units.size());
        Unit u = new Unit(id, code, path, kind, parent == null ? null : parent.id());
        units.add(u);
        return u;
    }

    private void post(Unit unit, PostKind kind, int size, String required) {
        long id = insert("insert into post (version, unit_id, kind, title, establishment, required_credential_type)"
                + " values (0, ?, ?, ?, ?, ?)", unit.id(), kind.name(), "岗位" + posts.size(), size, required);
        posts.add(new Post(id, unit.id(), kind, size, required));
    }

    private void official(long unitId, String employment, boolean active, LocalDate around) {
        long id = insert("insert into official (version, staff_number, name, unit_id, category, employment_type,"
                + " active, joined_on) values (0, ?, ?, ?, 'STAFF', ?, ?, ?)", "G" + officials.size() + "-" + tag,
                "生成" + officials.size(), unitId, employment, active, Date.valueOf(LocalDate.of(2015, 1, 1)));
        officials.add(new Official(id, unitId, employment, active));
        int held = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < held; i++) {
            Post p = posts.get(random.nextInt(posts.size()));
            LocalDate start = around.plusDays(random.nextInt(10) == 0 ? 30 : -random.nextInt(2000));
            LocalDate end = random.nextInt(6) == 0 ? around.minusDays(random.nextInt(40) - 10) : null;
            boolean primary = random.nextInt(3) != 0;
            insert("insert into post_assignment (version, post_id, official_id, assignment_type, start_date, end_date)"
                    + " values (0, ?, ?, ?, ?, ?)", p.id(), id, primary ? "PRIMARY" : "CONCURRENT", Date.valueOf(start),
                    end == null ? null : Date.valueOf(end));
            assignments.add(new Assignment(p.id(), id, primary, start, end));
        }
        int creds = random.nextInt(3);
        for (int i = 0; i < creds; i++) {
            credential(id, around);
        }
    }

    private void credential(long holder, LocalDate around) {
        String type = random.nextInt(5) == 0 ? "SUPERVISION" : "ENFORCEMENT";
        LocalDate issued = around.minusDays(random.nextInt(2000) - 20);
        LocalDate expires = issued.plusYears(5).minusDays(1);
        if (random.nextInt(4) == 0) {
            expires = around.plusDays(random.nextInt(120) - 10); // expiring soon, on the date or just expired
            issued = expires.minusYears(5);
        }
        LocalDate suspended = random.nextInt(8) == 0 ? around.plusDays(random.nextInt(21) - 10) : null;
        LocalDate revoked = random.nextInt(10) == 0 ? around.plusDays(random.nextInt(21) - 10) : null;
        boolean replaced = random.nextInt(10) == 0;
        insert("insert into credential (version, holder_id, type_code, number, fields, issued_on, expires_on, issuer,"
                + " suspended_on, suspend_reason, revoked_on, revoke_reason, replaced_by_id)"
                + " values (0, ?, ?, ?, '', ?, ?, '', ?, ?, ?, ?, ?)", holder, type, "N" + credentials.size() + tag,
                Date.valueOf(issued), Date.valueOf(expires), suspended == null ? null : Date.valueOf(suspended),
                suspended == null ? null : "x", revoked == null ? null : Date.valueOf(revoked),
                revoked == null ? null : "x", replaced ? 1L : null);
        credentials.add(new Credential(holder, type, issued, expires, suspended, revoked, replaced));
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKeyList().get(0).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id"))
                .map(e -> ((Number) e.getValue()).longValue()).findFirst().orElseThrow();
    }

    /** The figures per unit and kind on the date, counted from the rows written, keyed "unitId/KIND". */
    Map<String, Expected> expected(LocalDate date) {
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        Map<Long, Official> officialById = new HashMap<>();
        officials.forEach(o -> officialById.put(o.id(), o));
        Map<Long, Post> postById = new HashMap<>();
        posts.forEach(p -> postById.put(p.id(), p));
        Map<String, Expected> out = new LinkedHashMap<>();
        for (Unit u : units) {
            for (PostKind kind : PostKind.values()) {
                List<Post> group = posts.stream().filter(p -> p.unitId() == u.id() && p.kind() == kind).toList();
                if (group.isEmpty()) {
                    continue;
                }
                int established = group.stream().mapToInt(Post::establishment).sum();
                String required = group.stream().map(Post::required).filter(r -> r != null).sorted().findFirst()
                        .orElse(null);
                Map<Long, Boolean> primaryByHolder = new LinkedHashMap<>();
                assignments.stream().filter(a -> postById.get(a.postId()).unitId() == u.id()
                        && postById.get(a.postId()).kind() == kind && !a.start().isAfter(date)
                        && (a.end() == null || !a.end().isBefore(date)) && officialById.get(a.officialId()).active())
                        .forEach(a -> primaryByHolder.merge(a.officialId(), a.primary(), Boolean::logicalOr));
                int filled = 0, contract = 0, concurrent = 0, certified = 0, filledUnc = 0, concUnc = 0;
                int trainable = 0, expiring = 0;
                for (var h : primaryByHolder.entrySet()) {
                    Official o = officialById.get(h.getKey());
                    boolean est = o.employment().equals("ESTABLISHED");
                    boolean prim = h.getValue();
                    boolean overseen = unitById.containsKey(o.unitId());
                    boolean entitled = required != null && overseen && valid(o.id(), required, date, null);
                    boolean soon = required != null && overseen && valid(o.id(), required, date, date.plusDays(90));
                    filled += prim && est ? 1 : 0;
                    contract += prim && !est ? 1 : 0;
                    concurrent += prim ? 0 : 1;
                    certified += entitled ? 1 : 0;
                    filledUnc += prim && est && !entitled ? 1 : 0;
                    concUnc += !prim && !entitled ? 1 : 0;
                    trainable += est && !entitled ? 1 : 0;
                    expiring += soon ? 1 : 0;
                }
                boolean c = required != null;
                out.put(u.id() + "/" + kind, new Expected(u.id(), u.path(), kind, established, filled,
                        Math.max(0, established - filled), contract, concurrent, primaryByHolder.size(), required,
                        c ? certified : null, c ? filledUnc : null, c ? concUnc : null, c ? trainable : null,
                        c ? expiring : null));
            }
        }
        return out;
    }

    /** A credential of the type valid on the date (and, when {@code expiringBy} is given, expiring by then). */
    private boolean valid(long holder, String type, LocalDate date, LocalDate expiringBy) {
        return credentials.stream().filter(c -> c.holderId() == holder && c.type().equals(type))
                .filter(c -> c.revoked() == null || date.isBefore(c.revoked()))
                .filter(c -> c.suspended() == null || date.isBefore(c.suspended()))
                .filter(c -> !date.isBefore(c.issued()) && !date.isAfter(c.expires()) && !c.replaced())
                .anyMatch(c -> expiringBy == null || !c.expires().isAfter(expiringBy));
    }
}
