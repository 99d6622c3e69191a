package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date pickers and upload boxes speak English unless told otherwise. After each navigation this gives every
 * date picker and upload box on the screen that has no texts of its own the user's language; screens may still set
 * their own (an upload box naming the file types it takes).
 */
public final class ComponentLanguage {
    private ComponentLanguage() {
    }

    /** Localizes the date pickers and upload boxes under {@code root} that have no texts of their own. */
    public static void localize(Component root) {
        Locale locale = root.getUI().map(UI::getLocale).orElse(Locale.SIMPLIFIED_CHINESE);
        if (root instanceof DatePicker picker && picker.getI18n() == null) {
            picker.setI18n(datePicker(locale));
        }
        if (root instanceof Upload upload && upload.getI18n() == null) {
            upload.setI18n(upload(root));
        }
        root.getChildren().forEach(ComponentLanguage::localize);
    }

    /** Month and weekday names in the user's language, ISO weeks, and the ISO date format everywhere. */
    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        UI ui = UI.getCurrent();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(ui.getTranslation("datePicker.today"));
        i18n.setCancel(ui.getTranslation("action.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        return i18n;
    }

    private static UploadI18N upload(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add.one"))
                .setMany(c.getTranslation("upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop.one"))
                .setMany(c.getTranslation("upload.drop.many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(c.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(c.getTranslation("upload.error.type"))
                .setTooManyFiles(c.getTranslation("upload.error.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                        .setProcessing(c.getTranslation("upload.processing")).setHeld(c.getTranslation("upload.held"))
                        .setStalled(c.getTranslation("upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("upload.remaining")).setUnknown(c.getTranslation("upload.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(c.getTranslation("upload.error.server"))
                        .setForbidden(c.getTranslation("upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.retry"))
                .setStart(c.getTranslation("upload.start")).setRemove(c.getTranslation("upload.remove")));
        return i18n;
    }
}
