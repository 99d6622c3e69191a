package org.xuefa.study;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xuefa.base.AbstractEntity;

/** How one official stands for one session, and what recorded it, when and by whom. One row per pair. */
@Entity
@Table(name = "session_attendance")
class Attendance extends AbstractEntity {
    private Long sessionId;
    private Long officialId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Enumerated(EnumType.STRING)
    private AttendanceSource source;
    private Instant checkedInAt;
    private String note;
    private Instant recordedAt;
    private String recordedBy;

    protected Attendance() {
    }

    Attendance(Long sessionId, Long officialId, AttendanceStatus status, AttendanceSource source, String note,
            Instant now, String by) {
        this.sessionId = sessionId;
        this.officialId = officialId;
        set(status, source, note, now, by);
    }

    /** A check-in at {@code now}: late when after the start. */
    static Attendance checkIn(Long sessionId, Long officialId, Instant startsAt, Instant now, String by) {
        Attendance a = new Attendance(sessionId, officialId, lateness(startsAt, now), AttendanceSource.CHECK_IN, null,
                now, by);
        a.checkedInAt = now;
        return a;
    }

    static AttendanceStatus lateness(Instant startsAt, Instant at) {
        return at.isAfter(startsAt) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    }

    /** Turns an earlier mark (leave, by hand) into a check-in; an earlier check-in stands. */
    boolean checkInOver(Instant startsAt, Instant now, String by) {
        if (status.attended()) {
            return false;
        }
        set(lateness(startsAt, now), AttendanceSource.CHECK_IN, note, now, by);
        this.checkedInAt = now;
        return true;
    }

    void set(AttendanceStatus status, AttendanceSource source, String note, Instant now, String by) {
        this.status = status;
        this.source = source;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.recordedAt = now;
        this.recordedBy = by;
    }

    Long sessionId() {
        return sessionId;
    }

    Long officialId() {
        return officialId;
    }

    AttendanceStatus status() {
        return status;
    }

    AttendanceSource source() {
        return source;
    }

    Instant checkedInAt() {
        return checkedInAt;
    }

    String note() {
        return note;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
