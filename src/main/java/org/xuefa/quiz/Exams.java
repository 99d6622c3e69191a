package org.xuefa.quiz;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Law;
import org.xuefa.course.Question;
import org.xuefa.people.Audiences;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.ReportScopes;
import org.xuefa.base.Allowed;
import org.xuefa.security.Role;

/** Organizers define, publish and preview exams in their scope, void attempts and grant extra attempts or time. */
@Service
@Transactional
public class Exams {
    private static final String ENTITY = "exam";
    private final ExamRepository exams;
    private final ExamAttemptRepository attempts;
    private final ExamAllowanceRepository allowances;
    private final CourseCatalog catalog;
    private final OrgUnits orgUnits;
    private final AuditLog audit;
    private final Certificates certificates;
    private final Audiences audiences;
    private final Officials officials;
    private final ReportScopes reportScopes;
    private final Clock clock;

    Exams(ExamRepository exams, ExamAttemptRepository attempts, ExamAllowanceRepository allowances,
            CourseCatalog catalog, OrgUnits orgUnits, AuditLog audit, Certificates certificates, Audiences audiences,
            Officials officials, ReportScopes reportScopes, Clock clock) {
        this.reportScopes = reportScopes;
        this.audiences = audiences;
        this.officials = officials;
        this.exams = exams;
        this.attempts = attempts;
        this.allowances = allowances;
        this.catalog = catalog;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Exams owned by units in the organizer's (or leader's) scope, newest first. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<ExamRecord> inScope() {
        return reportScopes.readable().patterns().stream().flatMap(p -> exams.ownedUnder(p).stream())
                .map(Exam::toRecord).sorted(Comparator.comparing((ExamRecord e) -> e.settings().opensAt()).reversed())
                .toList();
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public ExamRecord get(Long examId) {
        return load(examId, false).toRecord();
    }

    @Allowed.Organizers
    public ExamRecord create(ExamSettings settings) {
        requireOrganizerOf(settings.ownerUnitId());
        checkKindAndAudience(settings);
        checkBlueprint(settings);
        Exam exam = exams.save(new Exam(settings, clock.instant()));
        audit.record("CREATE", ENTITY, exam.getId(), "exam " + exam.title(), describe(settings));
        return exam.toRecord();
    }

    @Allowed.Organizers
    public ExamRecord update(Long examId, ExamSettings settings, long version) {
        Exam exam = load(examId, true);
        requireOrganizerOf(settings.ownerUnitId());
        checkKindAndAudience(settings);
        exam.checkVersion(version);
        if (!attempts.findByExamId(examId).isEmpty()) {
            throw new BusinessException("exam.error.has-attempts");
        }
        checkBlueprint(settings);
        exam.apply(settings);
        exams.saveAndFlush(exam);
        audit.record("UPDATE", ENTITY, examId, "exam " + exam.title(), describe(settings));
        return exam.toRecord();
    }

    @Allowed.Organizers
    public ExamRecord publish(Long examId, long version) {
        Exam exam = load(examId, true);
        exam.checkVersion(version);
        checkBlueprint(exam.settings());
        exam.publish();
        exams.saveAndFlush(exam);
        audit.record("PUBLISH", ENTITY, examId, "exam " + exam.title(), null);
        return exam.toRecord();
    }

    /** What a taker would see: a paper drawn from the blueprint now, with its key for the organizer's eyes. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public List<PreviewItem> preview(Long examId) {
        Exam exam = load(examId, true);
        CourseLibrary lib = catalog.library();
        int[] n = {1};
        return PaperDrawer.draw(exam.settings().sections(), exam.pool(), lib, new SecureRandom()).stream().map(d -> {
            Question q = d.question();
            Law law = lib.law(q.source().lawId());
            return new PreviewItem(n[0]++, d.course().id(), q, d.section().points(), law == null ? "" : law.titleZh());
        }).toList();
    }

    /** One question of a preview, key included: only organizers see it. */
    public record PreviewItem(int position, String courseId, Question question, BigDecimal points,
            String lawTitle) {
    }

    /**
     * Records the result of an exam sat on paper (towns still hold some exams that way), so it counts in the
     * rates like any other. It has no answers, so item analysis leaves it out.
     */
    @Allowed.Organizers
    public void recordPaperResult(Long examId, Long officialId, BigDecimal score, Instant takenAt) {
        Exam exam = load(examId, true);
        requireOfficialInScope(officialId);
        if (score == null || score.signum() < 0 || score.compareTo(exam.maxScore()) > 0) {
            throw new BusinessException("exam.error.score");
        }
        int next = attempts.findByExamIdAndOfficialIdOrderByAttemptNo(examId, officialId).stream()
                .mapToInt(ExamAttempt::attemptNo).max().orElse(0) + 1;
        ExamAttempt a = new ExamAttempt(examId, officialId, next, false, takenAt,
                takenAt.plusSeconds(60L * exam.timeLimitMinutes()), exam.maxScore());
        a.complete(score, exam.bands(), takenAt);
        attempts.save(a);
        audit.record("CREATE", "exam_attempt", a.getId(), "paper result, exam " + exam.title() + ", official "
                + officialId, "score: " + score);
    }

    /**
     * Voids an attempt with a reason (audited); it no longer counts and does not use up an attempt. Its certificate,
     * if any, is revoked and the holder told.
     */
    @Allowed.Organizers
    public void voidAttempt(Long attemptId, String reason) {
        ExamAttempt a = attempts.findById(attemptId).orElseThrow(() -> new BusinessException("exam.error.not-found"));
        Exam exam = load(a.examId(), true);
        requireOfficialInScope(a.officialId());
        a.voidWith(reason);
        attempts.saveAndFlush(a);
        audit.record("VOID", "exam_attempt", attemptId, "exam " + exam.title() + ", attempt " + a.attemptNo()
                + " of official " + a.officialId(), reason);
        certificates.revokeFor(a).ifPresent(code -> audit.record("REVOKE", "certificate", code,
                "certificate " + code + " of official " + a.officialId() + ", exam " + exam.title(),
                "attempt " + attemptId + " voided"));
    }

    /** Grants one official extra attempts or minutes; extra minutes also extend an attempt in progress. */
    @Allowed.Organizers
    public void grant(Long examId, Long officialId, int extraAttempts, int extraMinutes) {
        Exam exam = load(examId, true);
        requireOfficialInScope(officialId);
        if (extraAttempts < 0 || extraMinutes < 0 || extraAttempts + extraMinutes == 0) {
            throw new BusinessException("exam.error.grant");
        }
        ExamAllowance allowance = allowances.findByExamIdAndOfficialId(examId, officialId)
                .orElseGet(() -> new ExamAllowance(examId, officialId));
        allowance.grant(extraAttempts, extraMinutes);
        allowances.save(allowance);
        attempts.findByExamIdAndOfficialIdOrderByAttemptNo(examId, officialId).stream()
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS).forEach(a -> a.extend(extraMinutes));
        audit.record("GRANT", ENTITY, examId, "exam " + exam.title() + ", official " + officialId,
                "extra attempts: " + extraAttempts + "; extra minutes: " + extraMinutes);
    }

    /**
     * Course quizzes are made by {@link CourseQuizzes} only (they are open to everyone); an exam's audience stays in
     * the organizer's scope and its unit rules inside the owner unit.
     */
    private void checkKindAndAudience(ExamSettings s) {
        if (s.kind() == ExamKind.COURSE_QUIZ) {
            throw new BusinessException("exam.error.kind");
        }
        audiences.requireWithinScope(s.audience(), Role.ORGANIZER);
        audiences.requireInsideOwner(s.audience(), s.ownerUnitId());
    }

    /** Refuses an official outside the organizer's scope (administrators: anyone). */
    private void requireOfficialInScope(Long officialId) {
        officials.requireInScope(officialId, Role.ORGANIZER);
    }

    private void checkBlueprint(ExamSettings s) {
        // drawing once proves every section has enough current questions in the pool the exam will use
        QuestionPool pool = s.kind() == ExamKind.COURSE_QUIZ ? QuestionPool.PRACTICE_ONLY : s.pool();
        PaperDrawer.draw(s.sections(), pool, catalog.library(), new SecureRandom());
    }

    private Exam load(Long examId, boolean toEdit) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new BusinessException("exam.error.not-found"));
        if (toEdit) {
            requireOrganizerOf(exam.ownerUnitId());
        } else if (orgUnits.visibleTree().stream().noneMatch(u -> u.id().equals(exam.ownerUnitId()))) {
            throw new AccessDeniedException("exam " + examId + " is outside your scope");
        }
        return exam;
    }

    private void requireOrganizerOf(Long unitId) {
        if (!orgUnits.inScope(unitId, Role.ORGANIZER)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your organizer scope");
        }
    }

    private static String describe(ExamSettings s) {
        return "window: " + s.opensAt() + " – " + s.closesAt() + "; limit: " + s.timeLimitMinutes() + " min; sections: "
                + s.sections().stream().map(x -> x.count() + " " + x.type().code() + " × " + x.points())
                        .collect(Collectors.joining(" + "))
                + "; pool: " + s.pool() + "; attempts: " + s.attemptsAllowed();
    }
}
