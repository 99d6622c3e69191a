package org.xuefa.studylive;

import org.xuefa.study.SessionRecord;

/**
 * What the organizer's control page and the projector show: the session, whether the quiz has started or
 * ended, how many questions were asked, how many attendees may answer, and the current (latest) question.
 */
public record LiveBoard(SessionRecord session, boolean started, boolean ended, int asked, int eligible,
        LiveQuestion current) {
}
