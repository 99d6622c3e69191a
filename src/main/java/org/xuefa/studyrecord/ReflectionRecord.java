package org.xuefa.studyrecord;

import java.time.Instant;

/** An attendee's reflection on a session, with who wrote it. */
public record ReflectionRecord(Long id, Long officialId, String officialName, String unitName, String text,
        Instant submittedAt, Instant updatedAt, long version) {
}
