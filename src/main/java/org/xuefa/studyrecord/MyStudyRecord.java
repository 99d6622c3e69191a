package org.xuefa.studyrecord;

import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionRecord;

/**
 * A session the signed-in official was invited to and that has begun, with whether it has a record, whether the
 * organizer asks for reflections and whether they wrote theirs.
 */
public record MyStudyRecord(SessionRecord session, AttendanceStatus attendance, boolean written,
        boolean reflectionsRequested, boolean reflected) {
}
