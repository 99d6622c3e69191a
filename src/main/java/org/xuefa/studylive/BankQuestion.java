package org.xuefa.studylive;

import java.util.Locale;
import org.xuefa.course.QuestionType;

/** A question the organizer may open: from the bank of a course linked to the session, and whether it was asked. */
public record BankQuestion(String courseId, String courseTitleZh, String courseTitleEn, String questionId,
        QuestionType type, String stem, boolean asked) {

    public String courseTitle(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && courseTitleEn != null ? courseTitleEn
                : courseTitleZh;
    }
}
