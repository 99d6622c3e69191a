/**
 * Make-up study (补学): closing a session gives each absent or excused invitee a task, completed by reading the
 * session's lessons and passing their courses' quizzes, or by confirming the record for a session without lessons
 * ({@link org.xuefa.studymakeup.MakeupTasks}); the attendance reports count them in SQL. Reacts to the sessions module's and the course module's events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people",
        "course", "notification", "study", "study :: ui-shared"})
package org.xuefa.studymakeup;
