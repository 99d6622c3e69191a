/**
 * Collective study sessions (集体学法): scheduling them with their kind, speaker, laws and lessons studied and
 * invitees ({@link org.xuefa.study.StudySessions}); the roster and marking by hand
 * ({@link org.xuefa.study.SessionRoster}); leave (请假) asked for and decided ({@link org.xuefa.study.SessionLeave});
 * check-in with rotating signed codes ({@link org.xuefa.study.SessionAttendance},
 * {@link org.xuefa.study.SessionProjector}); and closing, which turns everyone unmarked into absent
 * ({@link org.xuefa.study.SessionClosing}). {@link org.xuefa.study.SessionAccess} holds every rule of who may
 * organize, read or attend a session; {@link org.xuefa.study.SessionMarks} lets the modules built on sessions read
 * attendance (the attendance reports read its tables in SQL).
 * {@link org.xuefa.study.AttendanceRecorded}, {@link org.xuefa.study.SessionClosed} and the hours events tell
 * others. The plan, records, live quiz, make-up, calendar feed and reports are modules of their own
 * ({@code studyplan}, {@code studyrecord}, {@code studylive}, {@code studymakeup}, {@code studycalendar},
 * {@code studyreport}) that build on this one; it knows none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "course",
        "notification"})
package org.xuefa.study;
