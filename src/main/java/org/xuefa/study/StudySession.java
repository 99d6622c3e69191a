package org.xuefa.study;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;
import org.xuefa.people.AudienceRule;

/** One collective study session of a unit: what, when, where, who speaks, who is invited, and its state. */
@Entity
@Table(name = "study_session")
class StudySession extends AbstractEntity {
    static final Duration MAX_LENGTH = Duration.ofHours(12);
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    private Long unitId;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private Long speakerOfficialId;
    private String speakerName;
    private String speakerTitle;
    private BigDecimal creditHours;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private Long seriesId;
    private String cancelReason;
    private Instant closedAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "study_session_invitee", joinColumns = @JoinColumn(name = "session_id"))
    private Set<AudienceRule> invitees = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "study_session_law", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<StudiedLaw> laws = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "study_session_lesson", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<LessonRef> lessons = new ArrayList<>();

    protected StudySession() {
    }

    StudySession(SessionData data, Instant now) {
        this.status = SessionStatus.SCHEDULED;
        this.createdAt = now;
        apply(data);
    }

    /** Sets what the organizer entered; the speaker's name is the caller's to resolve for an official. */
    void apply(SessionData d) {
        if (d.unitId() == null) {
            throw new BusinessException("study.session.error.unit");
        }
        if (d.kind() == null) {
            throw new BusinessException("study.session.error.kind");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new BusinessException("study.session.error.title");
        }
        if (d.startsAt() == null || d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            throw new BusinessException("study.session.error.times");
        }
        if (Duration.between(d.startsAt(), d.endsAt()).compareTo(MAX_LENGTH) > 0) {
            throw new BusinessException("study.session.error.too-long", MAX_LENGTH.toHours());
        }
        if (d.invitees().isEmpty()) {
            throw new BusinessException("study.session.error.invitees");
        }
        BigDecimal hours = d.creditHours();
        if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new BusinessException("study.session.error.hours");
        }
        this.unitId = d.unitId();
        this.kind = d.kind();
        this.title = d.title().trim();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.place = blankToNull(d.place());
        this.speakerOfficialId = d.speakerOfficialId();
        this.speakerName = blankToNull(d.speakerName());
        this.speakerTitle = blankToNull(d.speakerTitle());
        this.creditHours = hours;
        this.invitees.clear();
        this.invitees.addAll(d.invitees());
        this.laws.clear();
        this.laws.addAll(d.laws());
        this.lessons.clear();
        this.lessons.addAll(d.lessons());
    }

    void joinSeries(Long seriesId) {
        this.seriesId = seriesId;
    }

    /** Only a scheduled session can be edited, cancelled or closed. */
    void requireScheduled() {
        if (status == SessionStatus.CANCELLED) {
            throw new BusinessException("study.session.error.cancelled");
        }
        if (status == SessionStatus.CLOSED) {
            throw new BusinessException("study.session.error.closed");
        }
    }

    void cancel(String reason) {
        requireScheduled();
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("study.session.error.cancel-reason");
        }
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason.trim();
    }

    void close(Instant now) {
        requireScheduled();
        if (now.isBefore(startsAt)) {
            throw new BusinessException("study.session.error.not-started");
        }
        this.status = SessionStatus.CLOSED;
        this.closedAt = now;
    }

    /** The session's day where it is held, which decides who belonged to the unit then. */
    LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(startsAt, zone);
    }

    SessionData data() {
        return new SessionData(unitId, kind, title, startsAt, endsAt, place, speakerOfficialId, speakerName,
                speakerTitle, List.copyOf(laws), List.copyOf(lessons), Set.copyOf(invitees), creditHours);
    }

    SessionRecord toRecord(String unitName) {
        return new SessionRecord(getId(), unitName, data(), status, seriesId, cancelReason, closedAt, getVersion());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long unitId() {
        return unitId;
    }

    SessionKind kind() {
        return kind;
    }

    BigDecimal creditHours() {
        return creditHours;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    SessionStatus status() {
        return status;
    }

    Set<AudienceRule> invitees() {
        return Set.copyOf(invitees);
    }
}
