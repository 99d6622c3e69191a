/**
 * Exams and quizzes: definitions with a paper blueprint drawn from the course banks, attempts that never lose a
 * confirmed answer and never show the key before submission, server-enforced time, grading with bands, results
 * and item analysis for organizers, and certificates of passing (revoked, and the holder notified, when their
 * attempt is voided).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "course", "certification", "notification"})
package org.xuefa.quiz;
