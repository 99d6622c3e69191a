/**
 * The study-hour ledger (学时): one entry per official, year and source, credited when a course is completed (and
 * later by sessions and exams). Reacts to other modules' events; the yearly requirements arrive with its issue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "course", "certification", "study"})
package org.xuefa.hours;
