/**
 * The live quiz during a session ({@link org.xuefa.studylive.LiveQuiz}): the organizer opens questions from the
 * linked courses' banks one at a time and reveals each; checked-in attendees answer on their phones; answers are
 * kept with the attendance that allowed them. {@link org.xuefa.studylive.LiveQuizChanged} tells the open screens.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "audit", "security", "people", "course", "study", "study :: ui-shared"})
package org.xuefa.studylive;
