package org.xuefa.studyrecord;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;

/** A file attached to a session's record. The file on disk is named at random; {@code fileName} is only shown. */
@Entity
@Table(name = "study_record_attachment")
class RecordAttachment extends AbstractEntity {
    private Long sessionId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String storagePath;
    private Instant uploadedAt;
    private String uploadedBy;

    protected RecordAttachment() {
    }

    RecordAttachment(Long sessionId, String fileName, AttachmentKind kind, long sizeBytes, String storagePath,
            Instant now, String by) {
        this.sessionId = sessionId;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.sizeBytes = sizeBytes;
        this.storagePath = storagePath;
        this.uploadedAt = now;
        this.uploadedBy = by;
    }

    Long sessionId() {
        return sessionId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    String storagePath() {
        return storagePath;
    }

    AttachmentInfo toInfo() {
        return new AttachmentInfo(getId(), sessionId, fileName, AttachmentKind.ofContentType(contentType), sizeBytes,
                uploadedAt, uploadedBy);
    }
}
