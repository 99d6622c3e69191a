package org.xuefa.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.OrgUnitRecord;

/** The unit and year pickers of /overview and /reports/annual: switching, bookmarking, and a unit out of scope. */
class UnitChoiceViewTest extends KaribuTestBase {
    @Autowired
    LeadersOverview overview;
    @Autowired
    Messages messages;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static void open(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
    }

    private static String svgOf(String id) {
        return _find(_get(Div.class, spec -> spec.withId(id)), Html.class).stream().map(Html::getInnerHtml)
                .filter(h -> h.contains("<svg")).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static void pick(String selectId, String code) {
        Select<OrgUnitRecord> select = _get(Select.class, spec -> spec.withId(selectId));
        OrgUnitRecord unit = select.getListDataView().getItems().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow();
        _setValue(select, unit);
    }

    @Test
    void the_leader_switches_the_overview_to_the_brigade_and_the_url_keeps_the_choice() {
        loginAs("leader");
        navigate("overview");
        assertThat(_get(Select.class, spec -> spec.withId("overview-unit")).getValue())
                .extracting(u -> ((OrgUnitRecord) u).code()).isEqualTo("tangpeng");
        assertThat(svgOf("overview-exam")).contains("党政综合办公室");

        pick("overview-unit", "brigade");

        assertThat(location()).isEqualTo("overview?unit=brigade&year=2026");
        assertThat(svgOf("overview-exam")).contains("综合执法大队").doesNotContain("党政综合办公室");
        assertThat(svgOf("overview-staffing")).contains("综合执法大队").doesNotContain("党政综合办公室");
        OverviewFigures brigade = overview.figures("brigade", 2026);
        OverviewFigures town = overview.figures(2026);
        var brigadeOfTown = town.exam().units().stream().filter(u -> u.unitName().equals("综合执法大队"))
                .findFirst().orElseThrow();
        assertThat(brigade.exam().total().audience()).isEqualTo(brigadeOfTown.audience());
        assertThat(brigade.exam().total().sat()).isEqualTo(brigadeOfTown.sat());
        assertThat(brigade.unitName()).isEqualTo("综合执法大队");
        assertThat(_get(Anchor.class, spec -> spec.withId("overview-annual")).getHref())
                .isEqualTo("reports/annual?unit=brigade&year=2026");
        assertThat(_get(Anchor.class, spec -> spec.withId("overview-ledger-pdf")).getHref())
                .isEqualTo("export/study-ledger.pdf?unit=brigade&year=2026");
    }

    @Test
    void a_bookmarked_annual_report_opens_on_its_unit_and_year_with_its_files() {
        loginAs("hr");
        open("reports/annual", "unit=brigade&year=2025");
        assertThat(_get(Select.class, spec -> spec.withId("annual-year")).getValue()).isEqualTo(2025);
        assertThat(_get(Anchor.class, spec -> spec.withId("annual-docx")).getHref())
                .isEqualTo("export/annual-report.docx?unit=brigade&year=2025");
        assertThat(_get(Anchor.class, spec -> spec.withId("annual-pdf")).getHref())
                .isEqualTo("export/annual-report.pdf?unit=brigade&year=2025");
        assertThat(_get(Div.class, spec -> spec.withId("annual-draft")).getElement().getTextRecursively())
                .contains("2025 年，综合执法大队");

        pick("annual-unit", "tangpeng");

        assertThat(location()).isEqualTo("reports/annual?unit=tangpeng&year=2025");
        assertThat(_get(Anchor.class, spec -> spec.withId("annual-ledger-xlsx")).getHref())
                .isEqualTo("export/study-ledger.xlsx?unit=tangpeng&year=2025");
    }

    @Test
    void a_unit_outside_the_scope_is_refused_politely_and_shows_no_figures() {
        loginAs("leader");
        open("overview", "unit=shijiao&year=2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-refused")).getText())
                .isEqualTo(messages.getTranslation("overview.unit.refused", Messages.CHINESE));
        assertThat(_find(Div.class, spec -> spec.withId("overview-exam"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("overview-staffing"))).isEmpty();
        // Karibu finds only what is shown
        assertThat(_find(Anchor.class, spec -> spec.withId("overview-ledger-pdf"))).isEmpty();

        open("reports/annual", "unit=no-such-unit&year=2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("annual-refused")).getText())
                .isEqualTo(messages.getTranslation("overview.unit.refused", Messages.CHINESE));
        assertThat(_find(H3.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("annual-docx"))).isEmpty();
    }
}
