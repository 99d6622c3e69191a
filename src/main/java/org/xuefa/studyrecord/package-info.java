/**
 * The record of a session (学法记录): summary and key points ({@link org.xuefa.studyrecord.StudyRecords}),
 * attached photos, slides and documents ({@link org.xuefa.studyrecord.RecordAttachments}), attendees' reflections
 * ({@link org.xuefa.studyrecord.SessionReflections}) and the printable record and sign-in sheet as PDF. Who may
 * write or read it is asked of the sessions module's {@link org.xuefa.study.SessionAccess}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "audit", "security", "people", "course", "study"})
package org.xuefa.studyrecord;
