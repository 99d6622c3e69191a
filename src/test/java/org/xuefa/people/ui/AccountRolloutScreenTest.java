package org.xuefa.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.people.AccountSlips;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.RolloutSlip;
import org.xuefa.people.UnitKind;

/** The roll-out dialog of the roster: accounts for a unit's people in one action, then the slips. */
class AccountRolloutScreenTest extends KaribuTestBase {
    @Autowired
    AccountSlips papers;

    @Test
    void admin_creates_accounts_for_the_brigade_in_one_click_and_gets_the_slips() {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        OfficialRecord a = fixtures.newOfficial(squad);
        OfficialRecord b = fixtures.newOfficial(squad);
        loginAs("admin");
        navigate("officials");
        _click(_get(Button.class, x -> x.withId("rollout-open")));
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitRecord> unit = _get(ComboBox.class, x -> x.withId("rollout-unit"));
        OrgUnitRecord brigade = unit.getListDataView().getItems().filter(u -> u.id().equals(unit("brigade")))
                .findFirst().orElseThrow();
        _setValue(unit, brigade);
        assertThat(_get(Paragraph.class, p -> p.withId("rollout-count")).getText()).startsWith("尚无账号的在职人员");
        Button create = _get(Button.class, x -> x.withId("rollout-create"));
        assertThat(create.isDisableOnClick()).isTrue();
        _click(create);

        @SuppressWarnings("unchecked")
        Grid<RolloutSlip> grid = _get(Grid.class, x -> x.withId("rollout-grid"));
        var slips = GridKt._findAll(grid);
        assertThat(slips).extracting(RolloutSlip::officialId).contains(a.id(), b.id());
        assertThat(_get(Paragraph.class, p -> p.withId("rollout-count")).getText()).contains("0");
        assertThat(create.isEnabled()).isFalse();
        _get(Anchor.class, x -> x.withId("rollout-pdf"));
        _get(Anchor.class, x -> x.withId("rollout-xlsx"));
        byte[] pdf = papers.pdf(slips, Locale.SIMPLIFIED_CHINESE);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void leaders_see_no_roll_out() {
        loginAs("leader");
        navigate("officials");
        assertThat(_find(Button.class, x -> x.withId("rollout-open"))).isEmpty(); // invisible
        assertThat(_find(Button.class, x -> x.withId("rollout-create"))).isEmpty();
    }
}
