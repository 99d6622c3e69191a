package org.xuefa.studyrecord;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** The written record (学法记录) of one session: summary and key points in Markdown, and whether reflections are asked. */
@Entity
@Table(name = "study_record")
class StudyRecord extends AbstractEntity {
    static final int MAX_TEXT = 20000;

    private Long sessionId;
    private String summary;
    private String keyPoints;
    private boolean reflectionsRequested;
    private Instant updatedAt;
    private String updatedBy;

    protected StudyRecord() {
    }

    StudyRecord(Long sessionId, Instant now, String by) {
        this.sessionId = sessionId;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void write(String summary, String keyPoints, Instant now, String by) {
        String s = clean(summary);
        String k = clean(keyPoints);
        if ((s != null && s.length() > MAX_TEXT) || (k != null && k.length() > MAX_TEXT)) {
            throw new BusinessException("studyRecord.error.too-long", MAX_TEXT);
        }
        this.summary = s;
        this.keyPoints = k;
        touch(now, by);
    }

    void requestReflections(boolean requested, Instant now, String by) {
        this.reflectionsRequested = requested;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long sessionId() {
        return sessionId;
    }

    String summary() {
        return summary;
    }

    String keyPoints() {
        return keyPoints;
    }

    boolean reflectionsRequested() {
        return reflectionsRequested;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
