package org.xuefa.studyrecord;

import java.util.List;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionRecord;

/**
 * A session's record as the reader may see it. {@code recordVersion} is -1 while nothing has been written. The
 * HTML fields are sanitised. {@code reflections} holds everyone's only for organizers, leaders and HR in scope;
 * {@code myReflection} and {@code myAttendance} are the reader's own (null when none).
 */
public record StudyRecordDetails(SessionRecord session, long recordVersion, String summary, String keyPoints,
        String summaryHtml, String keyPointsHtml, boolean reflectionsRequested, List<AttachmentInfo> attachments,
        boolean canEdit, boolean canSeeAll, boolean invited, AttendanceStatus myAttendance,
        ReflectionRecord myReflection, boolean mayReflect, List<ReflectionRecord> reflections) {

    public boolean written() {
        return recordVersion >= 0;
    }
}
