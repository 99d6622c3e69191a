package org.xuefa.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.certification.CredentialTypeEntry;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

class CredentialTypesViewTest extends KaribuTestBase {
    private final String code = "V_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');

    @Test
    void hr_adds_a_type_and_a_refused_rule_shows_at_its_field_keeping_the_input() {
        loginAs("hr");
        navigate("credential-types");
        @SuppressWarnings("unchecked")
        Grid<CredentialTypeEntry> grid = _get(Grid.class, s -> s.withId("credential-types-grid"));
        assertThat(GridKt._findAll(grid)).extracting(CredentialTypeEntry::code).contains("ENFORCEMENT");
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).contains("仅限在编人员持有");
        int enforcement = GridKt._findAll(grid).stream().map(CredentialTypeEntry::code).toList().indexOf("ENFORCEMENT");
        assertThat(GridKt._getFormattedRow(grid, enforcement)).contains("是");

        _click(_get(Button.class, s -> s.withId("credential-type-new")));
        _setValue(_get(TextField.class, s -> s.withId("credential-type-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("credential-type-name-zh")), "测试证");
        _setValue(_get(TextField.class, s -> s.withId("credential-type-name-en")), "Test certificate");
        IntegerField window = _get(IntegerField.class, s -> s.withId("credential-type-window"));
        _setValue(window, 6); // but no validity: refused
        Button save = _get(Button.class, s -> s.withId("credential-type-save"));
        _click(save);
        assertThat(window.isInvalid()).isTrue();
        assertThat(window.getErrorMessage()).isEqualTo("长期有效的证件没有换证提醒期，请填 0。");
        assertThat(_get(TextField.class, s -> s.withId("credential-type-name-zh")).getValue()).isEqualTo("测试证");
        assertThat(save.isEnabled()).isTrue();

        _setValue(_get(IntegerField.class, s -> s.withId("credential-type-validity")), 3);
        _click(save);
        assertThat(save.isEnabled()).as("a second click cannot store it twice").isFalse();
        assertThat(GridKt._findAll(grid)).filteredOn(t -> t.code().equals(code)).singleElement()
                .satisfies(t -> assertThat(t.type().validityYears()).isEqualTo(3));
    }

    @Test
    void leaders_and_cadres_cannot_open_the_types() {
        loginAs("leader");
        navigate("credential-types");
        assertThatThrownBy(() -> _get(CredentialTypesView.class)).isInstanceOf(AssertionError.class);
        loginAs("cadre");
        navigate("credential-types");
        assertThatThrownBy(() -> _get(CredentialTypesView.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void hr_of_a_town_below_the_root_reads_the_types_without_editing_them() {
        Long office = fixtures.newUnit(fixtures.unit("tangpeng"), UnitKind.OFFICE).id();
        loginAs(fixtures.newAccount(Role.HR, office, null));
        navigate("credential-types");
        @SuppressWarnings("unchecked")
        Grid<CredentialTypeEntry> grid = _get(Grid.class, s -> s.withId("credential-types-grid"));
        assertThat(GridKt._findAll(grid)).extracting(CredentialTypeEntry::code).contains("ENFORCEMENT");
        _assertNone(Button.class, s -> s.withId("credential-type-new"));
        assertThat(_get(Paragraph.class,
                s -> s.withId("credential-types-read-only")).getText()).isNotBlank();
        assertThat(grid.getColumns().get(grid.getColumns().size() - 1).isVisible()).as("no edit buttons").isFalse();
    }
}
