package org.xuefa.studyreport;

import java.time.LocalDate;

/** A report's period (both days included) and, optionally, the unit whose subtree it covers. */
public record AttendanceFilter(LocalDate from, LocalDate to, Long unitId) {

    /** The calendar year of the given day, for every unit in scope. */
    public static AttendanceFilter yearOf(LocalDate day) {
        return new AttendanceFilter(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), null);
    }
}
