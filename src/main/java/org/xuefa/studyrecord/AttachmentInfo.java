package org.xuefa.studyrecord;

import java.time.Instant;

/** An attachment of a session record as views see it. */
public record AttachmentInfo(Long id, Long sessionId, String fileName, AttachmentKind kind, long sizeBytes,
        Instant uploadedAt, String uploadedBy) {
}
