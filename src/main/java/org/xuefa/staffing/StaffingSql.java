package org.xuefa.staffing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuefa.people.PostKind;

/**
 * The staffing-gap figures as SQL aggregates, the same text on H2 and PostgreSQL. {@link #CORE} is one row per unit
 * and post kind of a subtree (units whose path starts with {@code :prefix}): the establishment of its posts, and of
 * the distinct people holding them on {@code :date} (active officials; someone holding two posts of a kind counts
 * once, full-time if either is) how many fill, are contract staff, work part-time, hold a valid credential of the
 * type the posts require, have it expiring by {@code :soon}, and the gap classes {@link StaffingRow} documents.
 * A credential counts only for a holder the caller oversees ({@code :everyone}, or the holder's home unit lies under
 * one of the caller's scope roots {@code :roots}, as many as the caller has grants). Every statement has the same
 * parameters whatever the size of the subtree.
 */
@Component
class StaffingSql {
    /**
     * A credential joined to a holder counts when it is valid on :date: issued, not expired, not replaced by a
     * renewal, neither revoked nor suspended by then.
     */
    private static final String VALID = " and c.issued_on <= :date and (c.expires_on is null or c.expires_on >= :date)"
            + " and c.replaced_by_id is null and (c.revoked_on is null or c.revoked_on > :date)"
            + " and (c.suspended_on is null or c.suspended_on > :date)";
    /**
     * One row per unit and post kind of the subtree: the posts and their holders as one union summed per unit and
     * kind (joining the posts' sums to the holders' sums as two derived tables made H2 evaluate one of them per row
     * of the other: 50 s for a city's 1,650 rows on H2, against 0.7 s on PostgreSQL; 18 s as a union).
     */
    static final String CORE = "select t.unit_id, t.kind, sum(t.established) established, min(t.required) required,"
            + " sum(t.holders) holders, sum(t.filled) filled, sum(t.contract) contract,"
            + " sum(t.concurrent) concurrent, sum(t.certified) certified,"
            + " sum(t.filled_uncertified) filled_uncertified,"
            + " sum(t.concurrent_uncertified) concurrent_uncertified, sum(t.trainable) trainable,"
            + " sum(t.expiring) expiring, case when sum(t.established) > sum(t.filled)"
            + " then sum(t.established) - sum(t.filled) else 0 end vacant"
            // the posts: their establishment and the credential they require
            + " from (select p.unit_id, p.kind, p.establishment established, p.required_credential_type required,"
            + " 0 holders, 0 filled, 0 contract, 0 concurrent, 0 certified, 0 filled_uncertified,"
            + " 0 concurrent_uncertified, 0 trainable, 0 expiring from post p join org_unit pu on pu.id = p.unit_id"
            + " where pu.path like :prefix escape '\\'"
            // the holders: one row per person doing the work of a unit's posts of a kind
            + " union all select f.unit_id, f.kind, 0, cast(null as varchar(64)), 1,"
            + " case when f.prim = 1 and f.est = 1 then 1 else 0 end,"
            + " case when f.prim = 1 and f.est = 0 then 1 else 0 end, 1 - f.prim, f.entitled,"
            + " case when f.prim = 1 and f.est = 1 and f.entitled = 0 then 1 else 0 end,"
            + " case when f.prim = 0 and f.entitled = 0 then 1 else 0 end,"
            + " case when f.est = 1 and f.entitled = 0 then 1 else 0 end, f.expiring"
            + " from (select x.unit_id, x.kind, x.prim,"
            + " case when o.employment_type = 'ESTABLISHED' then 1 else 0 end est,"
            + " max(case when c.id is null then 0 else 1 end) entitled,"
            + " max(case when c.expires_on <= :soon then 1 else 0 end) expiring"
            + " from (select pp.unit_id, pp.kind, pp.required, pa.official_id,"
            + " max(case when pa.assignment_type = 'PRIMARY' then 1 else 0 end) prim"
            + " from post_assignment pa join (select p.id, p.unit_id, p.kind,"
            // the credential the posts of the unit and kind require, on each of them
            + " min(p.required_credential_type) over (partition by p.unit_id, p.kind) required"
            + " from post p join org_unit pu on pu.id = p.unit_id where pu.path like :prefix escape '\\') pp"
            + " on pp.id = pa.post_id where pa.start_date <= :date and (pa.end_date is null or pa.end_date >= :date)"
            + " group by pp.unit_id, pp.kind, pp.required, pa.official_id) x"
            + " join official o on o.id = x.official_id join org_unit hu on hu.id = o.unit_id"
            // the scope root above the holder's home, if any (roots are disjoint subtrees: at most one)
            + " left join org_unit sr on sr.id in (:roots) and left(hu.path, length(sr.path)) = sr.path"
            + " left join credential c on c.holder_id = x.official_id and c.type_code = x.required"
            + " and (:everyone = 1 or sr.id is not null)" + VALID
            + " where o.active = true group by x.unit_id, x.kind, x.official_id, x.prim, o.employment_type"
            + ") f) t group by t.unit_id, t.kind";
    private static final String KIND_ORDER = "case r.kind " + Arrays.stream(PostKind.values())
            .map(k -> "when '" + k.name() + "' then " + k.ordinal()).collect(Collectors.joining(" ")) + " end";
    private static final String ROWS = "select r.*, u.name, u.name_en, u.path from (" + CORE + ") r"
            + " join org_unit u on u.id = r.unit_id";
    private static final String GAP = " where (r.vacant > 0 or r.concurrent > 0)";
    private static final String SUMS = " sum(r.established) established, sum(r.filled) filled,"
            + " sum(r.vacant) vacant, sum(r.contract) contract, sum(r.concurrent) concurrent,"
            + " sum(case when r.required is null then null else r.certified end) certified,"
            + " sum(case when r.required is null then null else r.filled_uncertified end) filled_uncertified,"
            + " sum(case when r.required is null then null else r.concurrent_uncertified end)"
            + " concurrent_uncertified,"
            + " sum(case when r.required is null then null else r.trainable end) trainable,"
            + " sum(case when r.required is null then null"
            + " else r.vacant + r.holders - r.certified - r.trainable end) recruit,"
            + " sum(case when r.required is null then null else r.expiring end) expiring,"
            + " sum(case when r.vacant > 0 or r.concurrent > 0 then 1 else 0 end) gaps";
    /** The subtree summed per child of its root: the child's path (the root's own posts under the root's path). */
    private static final String ROLL_UP = "select r.child," + SUMS + " from (select c.*,"
            + " substring(u.path from 1 for :plen + position('/' in substring(u.path from :plen + 1))) child"
            + " from (" + CORE + ") c join org_unit u on u.id = c.unit_id) r group by r.child";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;

    StaffingSql(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(500); // PostgreSQL reads through a cursor inside the transaction, not all at once
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    /** What every statement is asked: the subtree, the date and whose credentials count. */
    record Params(String rootPath, LocalDate date, boolean everyone, List<Long> roots) {
        MapSqlParameterSource source() {
            return new MapSqlParameterSource().addValue("prefix", escape(rootPath) + "%").addValue("date", date)
                    .addValue("soon", date.plusDays(StaffingGapReport.EXPIRING_DAYS))
                    .addValue("everyone", everyone ? 1 : 0)
                    .addValue("roots", everyone || roots.isEmpty() ? List.of(-1L) : roots);
        }
    }

    /** The unit rows of the subtree in path order, a page of them. */
    List<StaffingRow> rows(Params p, long offset, int limit) {
        return jdbc.query(ROWS + " order by u.path, " + KIND_ORDER + " limit :limit offset :offset",
                p.source().addValue("limit", limit).addValue("offset", offset), (rs, i) -> row(rs));
    }

    /** Every unit row of the subtree, one at a time from a cursor. */
    void eachRow(Params p, Consumer<StaffingRow> consumer) {
        streaming.query(ROWS + " order by u.path, " + KIND_ORDER, p.source(),
                (RowCallbackHandler) rs -> consumer.accept(row(rs)));
    }

    int rowCount(Params p) {
        Integer n = jdbc.queryForObject("select count(*) from (" + CORE + ") r", p.source(), Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * The rows with a gap, largest vacancy first, then most people doing the work without the credential, at most
     * {@code limit}, and how many rows have a gap (counted in the same statement, before the limit).
     */
    Worst worst(Params p, int limit) {
        int[] gaps = {0};
        List<StaffingRow> rows = jdbc.query("select r.*, u.name, u.name_en, u.path, count(*) over () gaps from ("
                + CORE + ") r join org_unit u on u.id = r.unit_id" + GAP + " order by r.vacant desc,"
                + " (r.filled_uncertified + r.concurrent_uncertified) desc, u.path, " + KIND_ORDER + " limit :limit",
                p.source().addValue("limit", limit), (rs, i) -> {
                    gaps[0] = rs.getInt("gaps");
                    return row(rs);
                });
        return new Worst(rows, gaps[0]);
    }

    record Worst(List<StaffingRow> rows, int gaps) {
    }

    /** The subtree's sums per child of its root, keyed by the child's path (the root's own under its path). */
    List<PathSum> rollUp(Params p) {
        return jdbc.query(ROLL_UP, p.source().addValue("plen", p.rootPath().length()),
                (rs, i) -> new PathSum(rs.getString("child"), figures(rs)));
    }

    /** Sums of one subtree under a path. */
    record PathSum(String path, StaffingSum.Figures figures) {
    }

    /** The people doing the work of one unit's posts of a kind on the date, full-time first. */
    List<StaffingHolder> holders(Long unitId, PostKind kind, LocalDate date) {
        return jdbc.query("select pa.official_id, o.name, o.staff_number, hu.name home, o.employment_type,"
                + " pa.assignment_type, pa.start_date from post_assignment pa join post p on p.id = pa.post_id"
                + " join official o on o.id = pa.official_id join org_unit hu on hu.id = o.unit_id"
                + " where p.unit_id = :unit and p.kind = :kind and pa.start_date <= :date"
                + " and (pa.end_date is null or pa.end_date >= :date) and o.active = true"
                + " order by case when pa.assignment_type = 'PRIMARY' then 0 else 1 end, o.name, pa.start_date",
                new MapSqlParameterSource().addValue("unit", unitId).addValue("kind", kind.name())
                        .addValue("date", date),
                (rs, i) -> StaffingHolder.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)));
    }

    private static StaffingRow row(ResultSet rs) throws SQLException {
        String required = rs.getString("required");
        boolean credential = required != null;
        return new StaffingRow(rs.getLong("unit_id"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("path"), PostKind.valueOf(rs.getString("kind")), rs.getInt("established"),
                rs.getInt("filled"), rs.getInt("vacant"), rs.getInt("contract"), rs.getInt("concurrent"),
                rs.getInt("holders"), required, credential ? rs.getInt("certified") : null,
                credential ? rs.getInt("filled_uncertified") : null,
                credential ? rs.getInt("concurrent_uncertified") : null, credential ? rs.getInt("trainable") : null,
                credential ? rs.getInt("expiring") : null);
    }

    private static StaffingSum.Figures figures(ResultSet rs) throws SQLException {
        return new StaffingSum.Figures(rs.getInt("established"), rs.getInt("filled"), rs.getInt("vacant"),
                rs.getInt("contract"), rs.getInt("concurrent"), integer(rs, "certified"),
                integer(rs, "filled_uncertified"), integer(rs, "concurrent_uncertified"), integer(rs, "trainable"),
                integer(rs, "recruit"), integer(rs, "expiring"), rs.getInt("gaps"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A path as a LIKE prefix: its own % and _ taken literally. */
    static String escape(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
