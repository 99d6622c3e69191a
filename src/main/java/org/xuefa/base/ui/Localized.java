package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;

/**
 * The one way screens create date pickers, date-time pickers and upload boxes: each comes in the user's language
 * from the start, so one created later (in a dialog, after a click) is localized too, not only those on the screen
 * when it was navigated to ({@link ComponentLanguage}). A screen may still set texts of its own afterwards: an upload
 * box's own texts start from {@link #uploadTexts()}. ComponentLanguageTest keeps other code from calling the
 * constructors.
 */
public final class Localized {
    private Localized() {
    }

    public static DatePicker datePicker() {
        return localize(new DatePicker());
    }

    public static DatePicker datePicker(String label) {
        return localize(new DatePicker(label));
    }

    public static DatePicker datePicker(String label, LocalDate value) {
        return localize(new DatePicker(label, value));
    }

    public static DateTimePicker dateTimePicker(String label) {
        return localize(new DateTimePicker(label));
    }

    public static Upload upload() {
        return localize(new Upload());
    }

    public static Upload upload(UploadHandler handler) {
        return localize(new Upload(handler));
    }

    /**
     * An upload box's texts in the user's language, for a screen to put its own over: an upload box sends only its
     * last texts to the browser, so texts of the screen's own must start from these to leave none in English.
     */
    public static UploadI18N uploadTexts() {
        UI ui = UI.getCurrent();
        return ComponentLanguage.upload(ui, ui.getLocale());
    }

    private static <T extends Component> T localize(T component) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            component.addAttachListener(e -> ComponentLanguage.localize(component));
        } else {
            ComponentLanguage.localize(component, ui);
        }
        return component;
    }
}
