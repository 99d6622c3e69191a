package org.xuefa.studyreport;

import java.util.Locale;

/** The three attendance reports, also the names of their export files. */
public enum AttendanceReport {
    SESSIONS, PEOPLE, UNITS;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
