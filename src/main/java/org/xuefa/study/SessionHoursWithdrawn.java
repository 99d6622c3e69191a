package org.xuefa.study;

import java.time.Instant;

/** A closed session's mark was corrected so that the official no longer counts as having attended. */
public record SessionHoursWithdrawn(Long officialId, Long sessionId, Instant heldAt) {
}
