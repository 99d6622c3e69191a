/**
 * Collective study (集体学法): each unit's annual study plan and how many sessions it held against it; sessions
 * with their kind, speaker, laws and lessons studied and invitees; leave (请假) asked for and decided in advance;
 * check-in with rotating signed codes, marking by hand, and closing, which turns everyone unmarked into absent.
 * During a session, a live quiz ({@link org.xuefa.study.LiveQuiz}) asks questions from the linked courses' banks
 * and keeps each checked-in attendee's answers with their attendance.
 * {@link org.xuefa.study.StudySessions}, {@link org.xuefa.study.SessionAttendance},
 * {@link org.xuefa.study.StudyPlans} and {@link org.xuefa.study.LiveQuiz} are its API;
 * {@link org.xuefa.study.AttendanceRecorded} tells others.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "course", "notification"})
package org.xuefa.study;
