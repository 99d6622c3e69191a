package org.xuefa.studymakeup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionRecord;

/**
 * One make-up task as its official sees it: the missed session, why, when it is due, and what is left to do.
 * Without lessons the task is to read the session's record (laws and articles studied, speaker) and confirm.
 */
public record MakeupItem(Long taskId, long version, SessionRecord session, AttendanceStatus reason,
        MakeupStatus status, LocalDate dueOn, boolean overdue, Instant completedAt, String confirmation,
        List<LessonItem> lessons, List<QuizItem> quizzes) {

    public MakeupItem {
        lessons = List.copyOf(lessons);
        quizzes = List.copyOf(quizzes);
    }

    public boolean confirmOnly() {
        return lessons.isEmpty();
    }

    public boolean open() {
        return status == MakeupStatus.OPEN;
    }

    /** A lesson to read, with its course, and whether the official has finished it. */
    public record LessonItem(String courseId, int lessonNo, String courseTitleZh, String courseTitleEn,
            String lessonTitleZh, String lessonTitleEn, boolean read) {

        public String title(Locale locale) {
            boolean en = locale != null && "en".equals(locale.getLanguage());
            return (en && courseTitleEn != null ? courseTitleEn : courseTitleZh) + " · "
                    + (en && lessonTitleEn != null ? lessonTitleEn : lessonTitleZh);
        }
    }

    /** A course quiz to pass, and whether it has been passed since the task was assigned. */
    public record QuizItem(String courseId, String courseTitleZh, String courseTitleEn, boolean passed) {

        public String title(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && courseTitleEn != null ? courseTitleEn
                    : courseTitleZh;
        }
    }
}
