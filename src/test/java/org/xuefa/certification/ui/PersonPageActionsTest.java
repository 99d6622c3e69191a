package org.xuefa.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.NewCredential;
import org.xuefa.people.UnitKind;

/** The person page is where HR works on a person's credentials; the register keeps one compact menu per row. */
class PersonPageActionsTest extends KaribuTestBase {

    private static List<String> items(MenuBar bar) {
        return bar.getItems().get(0).getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    private MenuBar menuOf(Long credentialId) {
        return _get(MenuBar.class, m -> m.withId("credential-actions-" + credentialId));
    }

    @Test
    void the_person_page_offers_only_the_actions_that_apply_to_each_credential() {
        Long person = fixtures.newOfficial(fixtures.newUnit(unit("tangpeng"), UnitKind.OFFICE).id()).id();
        loginAs("hr");
        Credentials credentials = ctx.getBean(Credentials.class);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CredentialRecord current = credentials.add(new NewCredential(person, "ENFORCEMENT", "E" + tag, "",
                LocalDate.of(2025, 1, 2), null, ""));
        CredentialRecord expired = credentials.add(new NewCredential(person, "ENFORCEMENT", "X" + tag, "",
                LocalDate.of(2019, 1, 2), null, ""));
        CredentialRecord lawyer = credentials.add(new NewCredential(person, "LEGAL_PROFESSION", "L" + tag, "",
                LocalDate.of(2015, 1, 2), null, ""));
        navigate("credentials/person/" + person);

        assertThat(items(menuOf(current.id()))).containsExactly("年审通过", "年审未通过", "换证", "吊销", "扫描件");
        assertThat(items(menuOf(expired.id()))).doesNotContain("年审通过", "年审未通过").contains("换证");
        assertThat(items(menuOf(lawyer.id()))).doesNotContain("年审通过", "年审未通过");

        MenuItem passed = menuOf(current.id()).getItems().get(0).getSubMenu().getItems().get(0);
        ComponentUtil.fireEvent(passed, new ClickEvent<>(passed));
        assertThat(_get(CredentialHolderView.class).getElement().getTextRecursively()).contains("年审记录");
    }

    @Test
    void the_register_keeps_one_menu_per_row_and_leaders_get_none() {
        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<CredentialRecord> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        assertThat(grid.getColumnByKey("actions").getRenderer()).isInstanceOf(ComponentRenderer.class);
        loginAs("leader");
        navigate("credentials/person/" + official("TP-021"));
        assertThat(_find(MenuBar.class)).noneMatch(m -> m.getId().orElse("").startsWith("credential-actions-"));
    }
}
