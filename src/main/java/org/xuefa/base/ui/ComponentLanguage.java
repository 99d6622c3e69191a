package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date pickers and upload boxes speak English unless told otherwise. {@link Localized} creates them in the
 * user's language; after each navigation this also gives every date(-time) picker and upload box on the screen that
 * has no texts of its own the user's language. Screens may still set their own (an upload box naming the file types
 * it takes).
 */
public final class ComponentLanguage {
    private ComponentLanguage() {
    }

    /** Localizes the date(-time) pickers and upload boxes under {@code root} that have no texts of their own. */
    public static void localize(Component root) {
        localize(root, root.getUI().map(UI::getLocale).orElse(Locale.SIMPLIFIED_CHINESE));
    }

    /** The same in {@code ui}'s language, for a component not attached yet (see {@link Localized}). */
    static void localize(Component root, UI ui) {
        localize(root, ui.getLocale());
    }

    private static void localize(Component root, Locale locale) {
        if (root instanceof DatePicker picker && picker.getI18n() == null) {
            picker.setI18n(datePicker(locale));
        }
        if (root instanceof DateTimePicker picker && picker.getDatePickerI18n() == null) {
            picker.setDatePickerI18n(datePicker(locale));
            picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                    .setDateLabel(root.getTranslation(locale, "dateTimePicker.date"))
                    .setTimeLabel(root.getTranslation(locale, "dateTimePicker.time")));
        }
        if (root instanceof Upload upload && upload.getI18n() == null) {
            upload.setI18n(upload(root, locale));
        }
        root.getChildren().forEach(c -> localize(c, locale));
    }

    /** Month and weekday names in the user's language, ISO weeks, and the ISO date format everywhere. */
    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(I18NProvider.translate(locale, "datePicker.today"));
        i18n.setCancel(I18NProvider.translate(locale, "action.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        return i18n;
    }

    static UploadI18N upload(Component c, Locale locale) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation(locale, "upload.add.one"))
                .setMany(c.getTranslation(locale, "upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation(locale, "upload.drop.one"))
                .setMany(c.getTranslation(locale, "upload.drop.many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(c.getTranslation(locale, "upload.error.tooBig"))
                .setIncorrectFileType(c.getTranslation(locale, "upload.error.type"))
                .setTooManyFiles(c.getTranslation(locale, "upload.error.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation(locale, "upload.connecting"))
                        .setProcessing(c.getTranslation(locale, "upload.processing")).setHeld(c.getTranslation(locale, "upload.held"))
                        .setStalled(c.getTranslation(locale, "upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation(locale, "upload.remaining")).setUnknown(c.getTranslation(locale, "upload.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation(locale, "upload.error.server"))
                        .setUnexpectedServerError(c.getTranslation(locale, "upload.error.server"))
                        .setForbidden(c.getTranslation(locale, "upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation(locale, "upload.retry"))
                .setStart(c.getTranslation(locale, "upload.start")).setRemove(c.getTranslation(locale, "upload.remove")));
        return i18n;
    }
}
