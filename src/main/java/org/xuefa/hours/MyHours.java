package org.xuefa.hours;

import java.time.LocalDate;
import java.util.List;
import org.xuefa.people.OfficialCategory;

/** The signed-in official's year: progress per requirement on the date and every credit that counted. */
public record MyHours(int year, LocalDate date, OfficialCategory category, List<Progress> progress,
        List<CreditRecord> credits) {
}
