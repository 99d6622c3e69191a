package org.xuefa.studylive;

/** Something happened in a session's live quiz; screens re-read the state from the service. */
public record LiveQuizChanged(Long sessionId, Long runId, Kind kind) {
    public enum Kind {
        OPENED, ANSWERED, REVEALED, ENDED,
        /** Changes may have been missed (a node's listening connection was lost and is back): re-read. */
        RESYNC
    }
}
