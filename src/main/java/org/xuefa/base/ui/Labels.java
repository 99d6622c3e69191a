package org.xuefa.base.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Translated labels for enum values ("prefix.VALUE") and dates. */
public final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Labels() {
    }

    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : UI.getCurrent().getTranslation(prefix + "." + value.name());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
