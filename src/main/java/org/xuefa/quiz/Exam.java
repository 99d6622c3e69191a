package org.xuefa.quiz;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.Audiences;
import org.xuefa.people.Audiences.RoleCheck;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;

/** An exam definition: window, time limit, blueprint and question pool, bands, attempts, review and certificate. */
@Entity
@Table(name = "exam")
class Exam extends AbstractEntity {
    private String title;
    @Enumerated(EnumType.STRING)
    private ExamKind kind;
    private Long ownerUnitId;
    private String courseId;
    private Instant opensAt;
    private Instant closesAt;
    private Instant makeupOpensAt;
    private Instant makeupClosesAt;
    private int timeLimitMinutes;
    private int passPercent;
    private int goodPercent;
    private int excellentPercent;
    private int attemptsAllowed;
    @Enumerated(EnumType.STRING)
    private Counting counting;
    private boolean partialCredit;
    @Enumerated(EnumType.STRING)
    private ReviewPolicy review;
    private boolean certificate;
    @Enumerated(EnumType.STRING)
    private QuestionPool questionPool;
    @Enumerated(EnumType.STRING)
    private ExamStatus status;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_audience", joinColumns = @JoinColumn(name = "exam_id"))
    private Set<AudienceRule> audience = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_section", joinColumns = @JoinColumn(name = "exam_id"))
    @OrderColumn(name = "position")
    private List<SectionRow> sections = new ArrayList<>();

    protected Exam() {
    }

    Exam(ExamSettings s, Instant now) {
        this.status = ExamStatus.DRAFT;
        this.createdAt = now;
        apply(s);
    }

    void apply(ExamSettings s) {
        if (s.title() == null || s.title().isBlank()) {
            throw new BusinessException("exam.error.title");
        }
        if (s.opensAt() == null || s.closesAt() == null || !s.closesAt().isAfter(s.opensAt())) {
            throw new BusinessException("exam.error.window");
        }
        if ((s.makeupOpensAt() == null) != (s.makeupClosesAt() == null)
                || (s.makeupOpensAt() != null && (!s.makeupClosesAt().isAfter(s.makeupOpensAt())
                        || s.makeupOpensAt().isBefore(s.closesAt())))) {
            throw new BusinessException("exam.error.makeup-window");
        }
        if (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > 600) {
            throw new BusinessException("exam.error.time-limit");
        }
        if (s.sections().isEmpty() || s.sections().stream().anyMatch(x -> x.count() < 1 || x.points().signum() <= 0)) {
            throw new BusinessException("exam.error.blueprint");
        }
        if (s.attemptsAllowed() < 0) {
            throw new BusinessException("exam.error.attempts");
        }
        if (s.ownerUnitId() == null && s.kind() != ExamKind.COURSE_QUIZ) {
            throw new BusinessException("exam.error.owner");
        }
        this.title = s.title().trim();
        this.kind = s.kind() == null ? ExamKind.ANNUAL : s.kind();
        this.ownerUnitId = s.ownerUnitId();
        this.courseId = s.courseId();
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.makeupOpensAt = s.makeupOpensAt();
        this.makeupClosesAt = s.makeupClosesAt();
        this.timeLimitMinutes = s.timeLimitMinutes();
        Bands bands = s.bands() == null ? Bands.DEFAULT : s.bands();
        this.passPercent = bands.pass();
        this.goodPercent = bands.good();
        this.excellentPercent = bands.excellent();
        this.attemptsAllowed = s.attemptsAllowed();
        this.counting = s.counting() == null ? Counting.HIGHEST : s.counting();
        this.partialCredit = s.partialCredit();
        this.review = s.review() == null ? ReviewPolicy.AFTER_CLOSE : s.review();
        this.certificate = s.certificate();
        // a course quiz is practice: it never draws from the exam-only reserve, whatever was asked for
        this.questionPool = this.kind == ExamKind.COURSE_QUIZ ? QuestionPool.PRACTICE_ONLY
                : s.pool() == null ? QuestionPool.defaultFor(this.kind) : s.pool();
        this.audience.clear();
        this.audience.addAll(s.audience());
        this.sections.clear();
        s.sections().forEach(x -> this.sections.add(new SectionRow(x)));
    }

    void publish() {
        this.status = ExamStatus.PUBLISHED;
    }

    ExamSettings settings() {
        return new ExamSettings(title, kind, ownerUnitId, courseId, Set.copyOf(audience), opensAt, closesAt,
                makeupOpensAt, makeupClosesAt, timeLimitMinutes, sections.stream().map(SectionRow::toSection).toList(),
                bands(), attemptsAllowed, counting, partialCredit, review, certificate, pool());
    }

    Bands bands() {
        return new Bands(passPercent, goodPercent, excellentPercent);
    }

    BigDecimal maxScore() {
        return sections.stream().map(SectionRow::toSection).map(Section::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Which window is open at the instant: the exam's, the makeup window, or none. */
    Window windowAt(Instant now) {
        if (status != ExamStatus.PUBLISHED) {
            return Window.NONE;
        }
        if (!now.isBefore(opensAt) && now.isBefore(closesAt)) {
            return Window.MAIN;
        }
        if (makeupOpensAt != null && !now.isBefore(makeupOpensAt) && now.isBefore(makeupClosesAt)) {
            return Window.MAKEUP;
        }
        return Window.NONE;
    }

    Instant closeOf(Window window) {
        return window == Window.MAKEUP ? makeupClosesAt : closesAt;
    }

    enum Window {
        MAIN, MAKEUP, NONE
    }

    String title() {
        return title;
    }

    ExamKind kind() {
        return kind;
    }

    String courseId() {
        return courseId;
    }

    Long ownerUnitId() {
        return ownerUnitId;
    }

    ExamStatus status() {
        return status;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    int timeLimitMinutes() {
        return timeLimitMinutes;
    }

    int attemptsAllowed() {
        return attemptsAllowed;
    }

    Counting counting() {
        return counting;
    }

    boolean partialCredit() {
        return partialCredit;
    }

    ReviewPolicy review() {
        return review;
    }

    /** Whether a submitted attempt's paper may be reviewed now: after submitting, or once the exam (and make-up) closed. */
    boolean reviewOpen(Instant now) {
        return switch (review) {
            case NONE -> false;
            case AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> !now.isBefore(makeupClosesAt != null ? makeupClosesAt : closesAt());
        };
    }

    boolean certificate() {
        return certificate;
    }

    QuestionPool pool() {
        return questionPool == null ? QuestionPool.defaultFor(kind) : questionPool;
    }

    /** Whether an active official belongs to the audience (roles and categories within the owner's unit). */
    boolean includes(OfficialRecord o, Map<Long, OrgUnitRecord> units, RoleCheck roles) {
        return o.active() && Audiences.includes(audience, ownerUnitId, o, units, roles);
    }

    Set<AudienceRule> audience() {
        return Set.copyOf(audience);
    }

    Instant makeupClosesAt() {
        return makeupClosesAt;
    }

    ExamRecord toRecord() {
        return new ExamRecord(getId(), status, settings(), maxScore(), getVersion());
    }
}
