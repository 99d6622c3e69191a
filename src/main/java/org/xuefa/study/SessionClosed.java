package org.xuefa.study;

import java.time.Instant;

/** Published inside the closing transaction, after everyone unmarked has been made absent. */
public record SessionClosed(Long sessionId, Instant at) {
}
