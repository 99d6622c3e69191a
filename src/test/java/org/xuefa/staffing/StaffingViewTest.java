package org.xuefa.staffing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.security.Role;
import org.xuefa.staffing.ui.StaffingView;

class StaffingViewTest extends KaribuTestBase {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hr_sees_the_town_sentence_and_the_brigade_row() {
        loginAs("hr");
        navigate("staffing");
        String summary = _get(Div.class, spec -> spec.withId("staffing-summary")).getElement().getTextRecursively();
        assertThat(summary).contains("综合执法大队（执法岗位）：编制 5 人，实有 2 人，缺编 3 人",
                "持有效行政执法证 1 人（其中 1 人 90 天内到期）；1 人在编在岗但无有效行政执法证；3 人兼职从事执法工作但无行政执法证；"
                        + "可经培训考试取证补齐 4 人，需招录或调整编制 3 人");
        @SuppressWarnings("unchecked")
        Grid<StaffingRow> grid = _get(Grid.class, spec -> spec.withId("staffing-grid"));
        StaffingRow brigade = GridKt._findAll(grid).stream().filter(r -> r.unitName().equals("综合执法大队"))
                .findFirst().orElseThrow();
        assertThat(brigade.vacant()).isEqualTo(3);
    }

    @Test
    void clicking_people_drills_down_to_who_holds_the_posts() {
        loginAs("hr");
        navigate("staffing");
        @SuppressWarnings("unchecked")
        Grid<StaffingRow> grid = _get(Grid.class, spec -> spec.withId("staffing-grid"));
        int index = GridKt._findAll(grid).indexOf(GridKt._findAll(grid).stream()
                .filter(r -> r.unitName().equals("综合执法大队")).findFirst().orElseThrow());
        GridKt._doubleClickItem(grid, index);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("staffing-people"));
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).isNotNull();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @Transactional // the generated county is rolled back
    void a_county_opens_on_its_towns_and_drills_down_to_the_unit_rows_and_back() {
        StaffingTree tree = StaffingTree.build(jdbc, 5, 300, unit("brigade"), LocalDate.of(2026, 11, 26));
        loginAs(fixtures.newAccount(Role.HR, tree.county.id(), null));
        navigate("staffing");
        @SuppressWarnings("unchecked")
        Grid<StaffingSum> rollUp = _get(Grid.class, spec -> spec.withId("staffing-rollup"));
        List<StaffingSum> sums = GridKt._findAll(rollUp);
        assertThat(sums).hasSize(5).first().matches(StaffingSum::own);
        assertThat(sums).filteredOn(s -> s.unitKind().equals("TOWN")).hasSize(3);
        assertThat(_get(Div.class, spec -> spec.withId("staffing-summary")).getElement().getTextRecursively())
                .containsPattern("另有 \\d+ 处缺口未逐条列出");

        StaffingSum town = sums.stream().filter(s -> s.unitKind().equals("TOWN")).findFirst().orElseThrow();
        GridKt._clickItem(rollUp, sums.indexOf(town));
        String townPath = tree.units.stream().filter(u -> u.id() == town.unitId()).findFirst().orElseThrow().path();
        @SuppressWarnings("unchecked")
        Grid<StaffingRow> rows = _get(Grid.class, spec -> spec.withId("staffing-grid"));
        assertThat(GridKt._findAll(rows)).isNotEmpty().allMatch(r -> r.unitPath().startsWith(townPath));
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getHref())
                .isEqualTo("/export/staffing-gaps.csv?unit=" + town.unitId());
        GridKt._doubleClickItem(rows, 0);
        assertThat(_get(Dialog.class, spec -> spec.withId("staffing-people")).isOpened()).isTrue();
        _get(Dialog.class, spec -> spec.withId("staffing-people")).close();

        Nav crumbs = _get(Nav.class, spec -> spec.withId("staffing-breadcrumbs"));
        RouterLink up = LocatorJ._get(crumbs, RouterLink.class, spec -> spec.withText("生成单位" + tree.county.code()));
        assertThat(up.getHref()).isEqualTo("staffing?unit=" + tree.county.id());
        UI.getCurrent().navigate("staffing", QueryParameters.fromString(up.getHref().split("\\?")[1]));
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("staffing-rollup")))).hasSize(5);
    }

    @Test
    void the_report_speaks_english_when_asked() {
        useLocale(Messages.ENGLISH);
        loginAs("leader");
        navigate("staffing");
        String summary = _get(Div.class, spec -> spec.withId("staffing-summary")).getElement().getTextRecursively();
        assertThat(summary).contains("5 established, 2 filled, 3 vacant");
    }

    @Test
    void a_cadre_cannot_open_the_report_and_has_no_menu_entry_for_it() {
        loginAs("cadre");
        navigate("");
        assertThat(menuLabels()).contains("首页").doesNotContain("编制缺口");
        navigate("staffing");
        assertThatThrownBy(() -> _get(StaffingView.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void hr_has_a_menu_entry_for_the_report() {
        loginAs("hr");
        navigate("");
        assertThat(menuLabels()).contains("编制缺口", "干部名册", "组织机构").doesNotContain("用户账号");
    }

    static List<String> menuLabels() {
        return LocatorJ._find(SideNavItem.class).stream()
                .map(SideNavItem::getLabel).toList();
    }
}
