package org.xuefa.studylive;

import org.xuefa.study.SessionRecord;

/** A session of today and the state of its live quiz (not started: {@code started} false). */
public record LiveQuizSummary(SessionRecord session, boolean started, boolean ended, int asked) {

    public boolean running() {
        return started && !ended;
    }
}
