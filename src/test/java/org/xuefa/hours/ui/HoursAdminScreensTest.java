package org.xuefa.hours.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.hours.ExternalTrainingRow;
import org.xuefa.hours.Requirement;
import org.xuefa.hours.RequirementKind;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.security.Role;

/** The external-training list and dialog, its import screen, and the requirements editor. */
class HoursAdminScreensTest extends KaribuTestBase {

    @Test
    void hr_records_external_training_in_the_dialog_and_sees_it_in_the_years_list() {
        var town = fixtures.newTown();
        var person = fixtures.newPerson(town.id(), Role.CADRE);
        String hr = fixtures.newAccount(Role.HR, town.id(), null);
        loginAs(hr);
        navigate("hours/external");
        _click(_get(Button.class, s -> s.withId("external-record")));
        OfficialRecord official = ctx.getBean(Officials.class).find(person.officialId()).orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<OfficialRecord> who = _get(ComboBox.class, s -> s.withId("external-official"));
        who.setValue(official);
        _setValue(_get(TextField.class, s -> s.withId("external-title")), "全省行政执法人员培训班");
        _setValue(_get(TextField.class, s -> s.withId("external-provider")), "广东省司法厅");
        _setValue(_get(DatePicker.class, s -> s.withId("external-finished")), LocalDate.of(2026, 9, 10));
        _setValue(_get(BigDecimalField.class, s -> s.withId("external-hours")), BigDecimal.valueOf(24));
        _click(_get(Button.class, s -> s.withId("external-save")));
        @SuppressWarnings("unchecked")
        Grid<ExternalTrainingRow> list = _get(Grid.class, s -> s.withId("external-list"));
        assertThat(GridKt._findAll(list)).singleElement().satisfies(r -> {
            assertThat(r.officialId()).isEqualTo(person.officialId());
            assertThat(r.provider()).isEqualTo("广东省司法厅");
            assertThat(r.countsToward()).isEqualTo(RequirementKind.TRAINING);
        });
    }

    @Test
    void the_import_screen_names_a_bad_row_in_both_languages_and_imports_a_good_file() {
        var town = fixtures.newTown();
        var person = fixtures.newPerson(town.id(), Role.CADRE);
        loginAs(fixtures.newAccount(Role.HR, town.id(), null));
        navigate("hours/external/import");
        ExternalImportView view = _get(ExternalImportView.class);
        String header = "工号,培训名称,主办单位,开始日期,结束日期,学时,证书编号,计入\n";
        view.run("培训.csv", (header + person.staffNumber() + ",培训班,,2026-09-12,2026-09-10,8,,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(H3.class, s -> s.withId("external-import-failed")).getText()).contains("1");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, s -> s.withId("external-import-problems"));
        assertThat(GridKt._get(problems, 0).row()).isEqualTo(2);
        assertThat(view.message(GridKt._get(problems, 0))).isEqualTo("培训开始日期不能晚于结束日期。");
        useLocale(Messages.ENGLISH);
        assertThat(view.message(GridKt._get(problems, 0))).isEqualTo("The training cannot start after the day it finished.");
        useLocale(Messages.CHINESE);
        view.run("培训.csv", (header + person.staffNumber() + ",培训班,,2026-09-07,2026-09-10,8,,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, s -> s.withId("external-import-counts")).getText())
                .isEqualTo("登记外部培训 1 条；已有记录、保持不变 0 条。");
    }

    @Test
    void an_administrator_changes_a_requirement_and_office_hr_only_reads_them() {
        loginAs("admin");
        navigate("hours/requirements");
        _setValue(_get(Select.class, s -> s.withId("requirements-year")), 2027);
        @SuppressWarnings("unchecked")
        Grid<Requirement> grid = _get(Grid.class, s -> s.withId("requirements"));
        assertThat(grid.getColumns()).hasSize(7); // with the column of "change" buttons
        _get(RequirementsView.class).edit(leadersTraining(grid));
        _setValue(_get(BigDecimalField.class, s -> s.withId("requirement-hours")), BigDecimal.valueOf(550));
        _setValue(_get(IntegerField.class, s -> s.withId("requirement-period")), 5);
        _click(_get(Button.class, s -> s.withId("requirement-save")));
        Requirement changed = leadersTraining(grid);
        assertThat(changed.standard()).isFalse();
        assertThat(changed.perYear()).isEqualByComparingTo("110");
        @SuppressWarnings("unchecked")
        Grid<?> registration = _get(Grid.class, s -> s.withId("requirements-registration"));
        assertThat(GridKt._size(registration)).isPositive();

        restartVaadin();
        loginAs(fixtures.newAccount(Role.HR, unit("office"), null));
        navigate("hours/requirements");
        assertThat(_find(Paragraph.class, s -> s.withId("requirements-read-only"))).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<Requirement> readOnly = _get(Grid.class, s -> s.withId("requirements"));
        assertThat(readOnly.getColumns()).hasSize(6);
    }

    private static Requirement leadersTraining(Grid<Requirement> grid) {
        return GridKt._findAll(grid).stream().filter(r -> r.category() == OfficialCategory.LEADERSHIP_TEAM
                && r.kind() == RequirementKind.TRAINING).findFirst().orElseThrow();
    }

    @Test
    void cadres_and_leaders_cannot_open_them() {
        loginAs("cadre");
        navigate("hours/external");
        assertThatThrownBy(() -> _get(ExternalTrainingView.class)).isInstanceOf(AssertionError.class);
        restartVaadin();
        loginAs("leader");
        navigate("hours/requirements");
        assertThatThrownBy(() -> _get(RequirementsView.class)).isInstanceOf(AssertionError.class);
    }
}
