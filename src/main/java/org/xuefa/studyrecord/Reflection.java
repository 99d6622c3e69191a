package org.xuefa.studyrecord;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** One attendee's short reflection (心得) on a session; at most one each, edited in place. */
@Entity
@Table(name = "study_reflection")
class Reflection extends AbstractEntity {
    static final int MAX_LENGTH = 1000;

    private Long sessionId;
    private Long officialId;
    private String body;
    private Instant submittedAt;
    private Instant updatedAt;

    protected Reflection() {
    }

    Reflection(Long sessionId, Long officialId, String body, Instant now) {
        this.sessionId = sessionId;
        this.officialId = officialId;
        this.submittedAt = now;
        edit(body, now);
    }

    void edit(String text, Instant now) {
        this.body = checked(text);
        this.updatedAt = now;
    }

    static String checked(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new BusinessException("studyRecord.reflection.error.empty");
        }
        if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
            throw new BusinessException("studyRecord.reflection.error.too-long", MAX_LENGTH);
        }
        return t;
    }

    Long sessionId() {
        return sessionId;
    }

    Long officialId() {
        return officialId;
    }

    String body() {
        return body;
    }

    ReflectionRecord toRecord(String officialName, String unitName) {
        return new ReflectionRecord(getId(), officialId, officialName, unitName, body, submittedAt, updatedAt,
                getVersion());
    }
}
