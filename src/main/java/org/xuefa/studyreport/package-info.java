/**
 * Attendance reports ({@link org.xuefa.studyreport.AttendanceReports}): closed sessions per session, per person
 * and per unit over a period, with make-up progress, on screen and as CSV or Excel exports, and one session's
 * attendance with its make-up tasks. The figures are SQL over the sessions', attendance and make-up tables and the
 * officials' units ({@link org.xuefa.studyreport.AttendanceSql}), scoped by unit path prefixes
 * ({@link org.xuefa.people.ReportScopes}); exports stream.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "people", "study",
        "study :: ui-shared", "studymakeup"})
package org.xuefa.studyreport;
