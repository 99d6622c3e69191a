/**
 * The study-hour ledger (学时): one entry per official, year and source, credited by other modules' events: a
 * completed course ({@code CourseCompleted}), a passed end-of-course quiz ({@code CourseQuizPassed}) and an attended,
 * closed study session ({@code SessionHoursEarned}, withdrawn again by {@code SessionHoursWithdrawn}). {@link org.xuefa.hours.StudyHours} is its API; it tells the
 * certification module each official's hours of a year ({@link org.xuefa.hours.HoursEvidence}). HR records external
 * training one by one or by import ({@link org.xuefa.hours.ExternalTraining}, {@link org.xuefa.hours.ExternalImport});
 * requirements per year, category and kind ({@link org.xuefa.hours.HoursPolicy}) and the pace rules
 * ({@link org.xuefa.hours.PaceRules}) drive My hours, unit compliance (SQL aggregates) and monthly reminders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "course", "certification", "study",
        "notification"})
package org.xuefa.hours;
