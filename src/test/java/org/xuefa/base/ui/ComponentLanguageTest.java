package org.xuefa.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.RegisterEntry;

/** Date pickers and upload boxes speak the user's language also where a dialog creates them after navigation. */
class ComponentLanguageTest extends KaribuTestBase {

    @Test
    void pickers_in_the_session_editor_opened_after_navigation_are_in_chinese_and_in_english() {
        loginAs("organizer");
        navigate("sessions");
        _click(_get(Button.class, s -> s.withId("session-new")));
        DateTimePicker starts = _get(DateTimePicker.class, s -> s.withId("session-starts"));
        assertThat(starts.getDatePickerI18n().getMonthNames()).startsWith("一月", "二月");
        assertThat(starts.getDatePickerI18n().getWeekdaysShort()).startsWith("周日", "周一");
        assertThat(starts.getDatePickerI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(starts.getDatePickerI18n().getToday()).isEqualTo("今天");
        assertThat(starts.getI18n().getDateLabel()).isEqualTo("日期");
        DatePicker until = _get(DatePicker.class, s -> s.withId("session-until"));
        assertThat(until.getI18n().getMonthNames()).startsWith("一月");
        assertThat(until.getI18n().getCancel()).isEqualTo("取消");

        restartVaadin();
        loginAs("organizer");
        useLocale(Messages.ENGLISH);
        navigate("sessions");
        _click(_get(Button.class, s -> s.withId("session-new")));
        DateTimePicker english = _get(DateTimePicker.class, s -> s.withId("session-starts"));
        assertThat(english.getDatePickerI18n().getMonthNames()).startsWith("January");
        assertThat(english.getI18n().getTimeLabel()).isEqualTo("Time");
    }

    @Test
    void an_upload_box_with_texts_of_its_own_keeps_the_rest_of_its_texts_in_chinese() {
        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntry> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        CredentialRecord c = GridKt._get(grid, 0).credential();
        navigate("credentials/person/" + c.holderId());
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("credential-actions-" + c.id())),
                "credential-scan-action-" + c.id());
        UploadI18N texts = _get(Upload.class, s -> s.withId("scan-upload")).getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo(text("credentialScan.upload.button"));
        assertThat(texts.getUploading().getStatus().getConnecting()).isEqualTo(text("upload.connecting"));
        assertThat(texts.getFile().getRemove()).isEqualTo(text("upload.remove"));
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    @Test
    void screens_create_pickers_and_upload_boxes_only_through_localized() {
        noClasses().that().doNotBelongToAnyOf(Localized.class)
                .should().callConstructorWhere(target(owner(assignableTo(DatePicker.class))))
                .orShould().callConstructorWhere(target(owner(assignableTo(DateTimePicker.class))))
                .orShould().callConstructorWhere(target(owner(assignableTo(Upload.class))))
                .because("Localized gives them the user's language wherever they are created")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.xuefa"));
    }
}
