package org.xuefa.base.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;

/** Translated labels for enum values ("prefix.VALUE") and dates. */
public final class Labels {
    private Labels() {
    }

    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : UI.getCurrent().getTranslation(prefix + "." + value.name());
    }

    public static String date(LocalDate date) {
        return Times.date(date);
    }
}
