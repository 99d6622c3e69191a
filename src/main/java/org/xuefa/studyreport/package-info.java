/**
 * Attendance reports ({@link org.xuefa.studyreport.AttendanceReports}): closed sessions per session, per person
 * and per unit over a period, with make-up progress, on screen and as CSV or Excel exports, and one session's
 * attendance with its make-up tasks. Counts come from {@link org.xuefa.study.AttendanceFigures} and
 * {@link org.xuefa.studymakeup.MakeupFigures}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "people", "study",
        "study :: ui-shared", "studymakeup"})
package org.xuefa.studyreport;
