package org.xuefa.studyreport;

/** Invitations at the closed sessions of a month (1–12) and the attendance rate, null when nobody was counted. */
public record MonthAttendance(int month, int invited, Double rate) {
}
