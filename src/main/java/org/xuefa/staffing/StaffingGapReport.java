package org.xuefa.staffing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.i18n.Messages;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.PostKind;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/**
 * The staffing-gap report for HR, leaders and administrators within their scope, computed by the database
 * ({@link StaffingSql}): the whole list ({@link #asOf}), the drill-down by level ({@link #level}) with a unit's rows
 * paged ({@link #rows}), the worst gaps ({@link #summary}), the rows one at a time for exports ({@link #eachRow})
 * and the people of one row ({@link #holders}). No statement grows with the number of officials.
 */
@Service
@Transactional(readOnly = true)
public class StaffingGapReport {
    /** Credentials expiring within this many days are counted as a gap to come. */
    static final int EXPIRING_DAYS = 90;
    private static final Comparator<StaffingRow> WORST_FIRST = Comparator.comparingInt(StaffingRow::vacant)
            .thenComparingInt(StaffingRow::uncertified).reversed().thenComparing(StaffingRow::unitPath)
            .thenComparing(StaffingRow::kind);
    private final OrgUnits orgUnits;
    private final StaffingSql sql;
    private final Clock clock;
    private final Credentials credentials;
    private final CurrentUser currentUser;

    StaffingGapReport(OrgUnits orgUnits, StaffingSql sql, Clock clock, Credentials credentials,
            CurrentUser currentUser) {
        this.orgUnits = orgUnits;
        this.sql = sql;
        this.clock = clock;
        this.credentials = credentials;
        this.currentUser = currentUser;
    }

    @Allowed.HrAndLeaders
    public StaffingReport today() {
        return asOf(LocalDate.now(clock));
    }

    /**
     * The report on a date, every unit row the user may see, in tree order. Rows are per unit and post kind, so a
     * city's are a few thousand; screens and exports use the paged and streamed methods instead.
     */
    @Allowed.HrAndLeaders
    public StaffingReport asOf(LocalDate date) {
        StaffingScope scope = scope();
        List<StaffingRow> rows = new ArrayList<>();
        scope.roots().forEach(root -> sql.eachRow(scope.params(root, date), rows::add));
        rows.sort(Comparator.comparingInt((StaffingRow r) -> scope.order(r.unitId())).thenComparing(StaffingRow::kind));
        return new StaffingReport(date, rows, types());
    }

    /** Today's date as the report sees it. */
    @Allowed.HrAndLeaders
    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** One level of the drill-down today; {@code unitId} null is the top of the caller's scope. */
    @Allowed.HrAndLeaders
    public StaffingLevel level(Long unitId) {
        return level(unitId, date());
    }

    @Allowed.HrAndLeaders
    public StaffingLevel level(Long unitId, LocalDate date) {
        StaffingScope scope = scope();
        OrgUnitRecord unit = scope.resolve(unitId);
        if (unit == null) { // several scope roots: one row each
            List<StaffingSum> sums = scope.roots().stream().map(root -> new StaffingSum(root.id(), root.name(),
                    root.nameEn(), root.kind().name(), false, true, total(sql.rollUp(scope.params(root, date)))))
                    .toList();
            return new StaffingLevel(date, null, scope.crumbs(null), true, sums, sum(sums));
        }
        List<StaffingSql.PathSum> parts = sql.rollUp(scope.params(unit, date));
        if (!scope.rollsUp(unit)) {
            return new StaffingLevel(date, StaffingScope.crumb(unit), scope.crumbs(unit), false, List.of(),
                    total(parts));
        }
        Map<String, StaffingSum.Figures> byPath = parts.stream()
                .collect(Collectors.toMap(StaffingSql.PathSum::path, StaffingSql.PathSum::figures));
        List<StaffingSum> sums = new ArrayList<>();
        if (byPath.containsKey(unit.path())) {
            sums.add(new StaffingSum(unit.id(), unit.name(), unit.nameEn(), unit.kind().name(), true, false,
                    byPath.get(unit.path())));
        }
        scope.children(unit.id()).forEach(c -> sums.add(new StaffingSum(c.id(), c.name(), c.nameEn(),
                c.kind().name(), false, true, byPath.getOrDefault(c.path(), StaffingSum.Figures.NONE))));
        return new StaffingLevel(date, StaffingScope.crumb(unit), scope.crumbs(unit), true, sums, total(parts));
    }

    /** A page of the unit rows of a unit's subtree (null: the whole scope), in path order. */
    @Allowed.HrAndLeaders
    public List<StaffingRow> rows(Long unitId, LocalDate date, long offset, int limit) {
        StaffingScope scope = scope();
        List<StaffingRow> page = new ArrayList<>();
        long skip = offset;
        for (OrgUnitRecord subtree : scope.subtrees(unitId)) {
            if (page.size() >= limit) {
                break;
            }
            StaffingSql.Params params = scope.params(subtree, date);
            int count = scope.subtrees(unitId).size() == 1 ? Integer.MAX_VALUE : sql.rowCount(params);
            if (skip >= count) {
                skip -= count;
                continue;
            }
            page.addAll(sql.rows(params, skip, limit - page.size()));
            skip = 0;
        }
        return page;
    }

    @Allowed.HrAndLeaders
    public int rowCount(Long unitId, LocalDate date) {
        StaffingScope scope = scope();
        return scope.subtrees(unitId).stream().mapToInt(s -> sql.rowCount(scope.params(s, date))).sum();
    }

    /** Every unit row of a unit's subtree (null: the whole scope), one at a time from a database cursor. */
    @Allowed.HrAndLeaders
    public void eachRow(Long unitId, LocalDate date, Consumer<StaffingRow> consumer) {
        StaffingScope scope = scope();
        scope.subtrees(unitId).forEach(s -> sql.eachRow(scope.params(s, date), consumer));
    }

    /** The worst gaps of a unit's subtree (null: the whole scope), at most {@code limit}, and how many there are. */
    @Allowed.HrAndLeaders
    public StaffingSummary summary(Long unitId, LocalDate date, int limit) {
        StaffingScope scope = scope();
        List<StaffingRow> worst = new ArrayList<>();
        int gaps = 0;
        for (OrgUnitRecord subtree : scope.subtrees(unitId)) {
            StaffingSql.Worst part = sql.worst(scope.params(subtree, date), limit);
            worst.addAll(part.rows());
            gaps += part.gaps();
        }
        worst.sort(WORST_FIRST);
        return new StaffingSummary(worst.stream().limit(limit).toList(), gaps, types());
    }

    /** The code of the scope a unit (null: the caller's whole scope) stands for, e.g. to name a file. */
    @Allowed.HrAndLeaders
    public String scopeCode(Long unitId) {
        OrgUnitRecord unit = scope().resolve(unitId);
        return unit == null ? "all" : unit.code();
    }

    /** The people doing the work of one unit's posts of a kind on the date, each once, full-time first. */
    @Allowed.HrAndLeaders
    public List<StaffingHolder> holders(Long unitId, PostKind kind, LocalDate date) {
        scope().require(unitId);
        Map<Long, StaffingHolder> once = new LinkedHashMap<>();
        sql.holders(unitId, kind, date).forEach(h -> once.putIfAbsent(h.officialId(), h));
        return List.copyOf(once.values());
    }

    private StaffingScope scope() {
        return new StaffingScope(orgUnits.visibleTree(),
                currentUser.scopeFor(Role.HR, Role.ORGANIZER, Role.LEADER).global());
    }

    private Map<String, CredentialTypeRecord> types() {
        return credentials.types().stream().collect(Collectors.toMap(CredentialTypeRecord::code,
                Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static StaffingSum.Figures total(List<StaffingSql.PathSum> parts) {
        return parts.stream().map(StaffingSql.PathSum::figures).reduce(StaffingSum.Figures.NONE,
                StaffingSum.Figures::plus);
    }

    private static StaffingSum.Figures sum(List<StaffingSum> sums) {
        return sums.stream().map(StaffingSum::figures).reduce(StaffingSum.Figures.NONE, StaffingSum.Figures::plus);
    }

    /** Every gap of the report as a sentence, the worst first. */
    public static List<String> sentences(StaffingReport report, Messages messages, Locale locale) {
        return StaffingSentences.of(report.rows().stream().filter(StaffingRow::hasGap).sorted(WORST_FIRST).toList(),
                0, report.credentialNames(locale), messages, locale);
    }

    /** The summary's worst gaps as sentences, then how many more there are. */
    public static List<String> sentences(StaffingSummary summary, Messages messages, Locale locale) {
        return StaffingSentences.of(summary.worst(), summary.more(), summary.credentialNames(locale), messages,
                locale);
    }
}
