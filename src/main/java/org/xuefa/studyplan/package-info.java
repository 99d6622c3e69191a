/**
 * Each unit's annual study plan (学法计划): how many sessions of each kind per quarter or year, set by the unit's
 * organizers, and planned against held as of today for readers ({@link org.xuefa.studyplan.StudyPlans}). Counts
 * the unit's sessions through the sessions module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "study"})
package org.xuefa.studyplan;
