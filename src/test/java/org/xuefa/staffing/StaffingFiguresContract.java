package org.xuefa.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.security.Role;
import org.xuefa.staffing.StaffingTree.Expected;

/**
 * The report's SQL against counts made in the test, on a generated county of some hundreds of officials (rolled
 * back after each test), on whichever database the subclass picks: every unit row, the pages, the roll-up by
 * level (sums equal the sum of their children), the worst gaps and the people of a row.
 */
@Transactional
abstract class StaffingFiguresContract extends ServiceTestBase {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    @Autowired
    StaffingGapReport staffing;
    @Autowired
    JdbcTemplate jdbc;

    private StaffingTree county(long seed) {
        StaffingTree tree = StaffingTree.build(jdbc, seed, 400, unit("brigade"), DATE);
        loginAs(fixtures.newAccount(Role.HR, tree.county.id(), null));
        return tree;
    }

    @Test
    void every_unit_row_matches_the_counts_on_two_dates() {
        StaffingTree tree = county(1);
        for (LocalDate date : List.of(DATE, DATE.minusYears(2))) {
            Map<String, Expected> expected = tree.expected(date);
            List<StaffingRow> rows = staffing.asOf(date).rows();
            assertThat(rows).hasSize(expected.size());
            rows.forEach(r -> assertThat(figures(r)).as("%s %s on %s", r.unitPath(), r.kind(), date)
                    .isEqualTo(expected.get(r.unitId() + "/" + r.kind())));
        }
        assertThat(tree.expected(DATE).values()).as("the data has every case")
                .anyMatch(e -> e.certified() != null && e.certified() > 0)
                .anyMatch(e -> e.expiring() != null && e.expiring() > 0)
                .anyMatch(e -> e.concurrentUncertified() != null && e.concurrentUncertified() > 0)
                .anyMatch(e -> e.contract() > 0);
    }

    @Test
    void pages_and_streamed_rows_are_the_rows_in_path_order() {
        StaffingTree tree = county(2);
        List<Expected> expected = tree.expected(DATE).values().stream()
                .sorted(Comparator.comparing(Expected::path).thenComparing(Expected::kind)).toList();
        assertThat(staffing.rowCount(null, DATE)).isEqualTo(expected.size());
        List<StaffingRow> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 7) {
            paged.addAll(staffing.rows(null, DATE, offset, 7));
        }
        assertThat(paged.stream().map(this::figures).toList()).isEqualTo(expected);
        List<StaffingRow> streamed = new ArrayList<>();
        staffing.eachRow(tree.county.id(), DATE, streamed::add);
        assertThat(streamed).isEqualTo(paged);
    }

    @Test
    void the_roll_up_sums_equal_the_sums_of_their_children() {
        StaffingTree tree = county(3);
        List<Expected> all = List.copyOf(tree.expected(DATE).values());
        StaffingLevel top = staffing.level(null, DATE);
        assertThat(top.unitId()).isEqualTo(tree.county.id());
        assertThat(top.rollUp()).as("a county with towns rolls up").isTrue();
        assertThat(top.total()).isEqualTo(sum(all, e -> true));
        assertThat(top.sums().get(0).own()).as("the county's own posts first").isTrue();
        assertThat(top.sums().get(0).figures()).isEqualTo(sum(all, e -> e.unitId() == tree.county.id()));
        assertThat(top.sums()).hasSize(5);
        for (StaffingSum child : top.sums().subList(1, top.sums().size())) {
            String path = tree.units.stream().filter(u -> u.id() == child.unitId()).findFirst().orElseThrow().path();
            assertThat(child.figures()).as(child.unitName()).isEqualTo(sum(all, e -> e.path().startsWith(path)));
            StaffingLevel down = staffing.level(child.unitId(), DATE);
            assertThat(down.total()).isEqualTo(child.figures());
            assertThat(down.rollUp()).as("a town or an office lists its rows").isFalse();
            assertThat(down.breadcrumbs()).extracting(StaffingLevel.Crumb::id)
                    .containsExactly(tree.county.id(), child.unitId());
        }
        StaffingSum.Figures children = top.sums().stream().map(StaffingSum::figures)
                .reduce(StaffingSum.Figures.NONE, StaffingSum.Figures::plus);
        assertThat(children).isEqualTo(top.total());
    }

    @Test
    void a_unit_rolls_up_when_a_child_has_units_of_its_own_whatever_its_kind() {
        Long town = unit("tangpeng");
        Long office = unit("office");
        loginAs(fixtures.newAccount(Role.HR, town, null));
        assertThat(staffing.level(town, DATE).rollUp()).as("a town whose offices are leaves lists rows").isFalse();
        String path = jdbc.queryForObject("select path from org_unit where id = ?", String.class, office);
        jdbc.update("insert into org_unit (version, code, name, name_en, kind, parent_id, path, sort_order)"
                + " values (0, 'gen-sub', '生成单位', 'Generated unit', 'OTHER', ?, ?, 99)", office, path + "gen-sub/");
        StaffingLevel level = staffing.level(town, DATE);
        assertThat(level.rollUp()).as("a town holding a unit with units of its own rolls up").isTrue();
        assertThat(level.sums()).filteredOn(StaffingSum::drillable).extracting(StaffingSum::unitId).contains(office);
        assertThat(staffing.level(office, DATE).rollUp()).isFalse();
    }

    @Test
    void the_summary_names_the_worst_gaps_first_and_counts_the_rest() {
        StaffingTree tree = county(4);
        List<Expected> gaps = tree.expected(DATE).values().stream().filter(Expected::gap).toList();
        StaffingSummary summary = staffing.summary(null, DATE, 5);
        assertThat(summary.gaps()).isEqualTo(gaps.size());
        assertThat(summary.worst()).hasSize(5);
        assertThat(summary.more()).isEqualTo(gaps.size() - 5);
        int largest = gaps.stream().mapToInt(Expected::vacant).max().orElseThrow();
        assertThat(summary.worst().get(0).vacant()).isEqualTo(largest);
        assertThat(summary.worst()).isSortedAccordingTo(Comparator.comparingInt(StaffingRow::vacant).reversed());
        StaffingRow first = summary.worst().get(0);
        assertThat(staffing.holders(first.unitId(), first.kind(), DATE)).hasSize(first.holders());
    }

    private Expected figures(StaffingRow r) {
        return new Expected(r.unitId(), r.unitPath(), r.kind(), r.established(), r.filled(), r.vacant(), r.contract(),
                r.concurrent(), r.holders(), r.requiredCredential(), r.certified(), r.filledUncertified(),
                r.concurrentUncertified(), r.trainable(), r.expiringSoon());
    }

    private static StaffingSum.Figures sum(List<Expected> rows, Predicate<Expected> which) {
        return rows.stream().filter(which).map(e -> new StaffingSum.Figures(e.established(), e.filled(), e.vacant(),
                e.contract(), e.concurrent(), e.certified(), e.filledUncertified(), e.concurrentUncertified(),
                e.trainable(), e.required() == null ? null : e.vacant() + e.holders() - e.certified() - e.trainable(),
                e.expiring(), e.gap() ? 1 : 0)).reduce(StaffingSum.Figures.NONE, StaffingSum.Figures::plus);
    }
}
