package org.xuefa.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.QuestionType;
import org.xuefa.people.Audiences.RoleCheck;
import org.xuefa.people.Audiences;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;

/**
 * A signed-in official taking exams: which are open to them, starting or resuming an attempt, saving each answer
 * (committed before it is confirmed), submitting (graded once), and the result with the review allowed.
 */
@Service
public class ExamTaking {
    private final ExamRepository exams;
    private final ExamAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final ExamAllowanceRepository allowances;
    private final CourseCatalog catalog;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CurrentUser currentUser;
    private final Certificates certificates;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long graceSeconds;
    private final SecureRandom random = new SecureRandom();
    private final AttemptCounting counting;
    private final AttemptGrading grading;

    ExamTaking(ExamRepository exams, ExamAttemptRepository attempts, AttemptItemRepository items,
            ExamAllowanceRepository allowances, CourseCatalog catalog, Officials officials, OrgUnits orgUnits,
            CurrentUser currentUser, Certificates certificates, TransactionTemplate tx,
            Clock clock,
            @Value("${xuefa.exam.grace-seconds:10}") long graceSeconds, AttemptCounting counting,
            AttemptGrading grading) {
        this.counting = counting;
        this.grading = grading;
        this.exams = exams;
        this.attempts = attempts;
        this.items = items;
        this.allowances = allowances;
        this.catalog = catalog;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.currentUser = currentUser;
        this.certificates = certificates;
        this.tx = tx;
        this.clock = clock;
        this.graceSeconds = graceSeconds;
    }

    /** Published exams whose audience includes the signed-in official, newest first. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<MyExam> myExams() {
        Optional<OfficialRecord> me = officials.me();
        if (me.isEmpty()) {
            return List.of();
        }
        var units = orgUnits.byId();
        Instant now = clock.instant();
        List<MyExam> out = new ArrayList<>();
        for (Exam exam : exams.findByStatusOrderByOpensAtDesc(ExamStatus.PUBLISHED)) {
            if (exam.kind() != ExamKind.COURSE_QUIZ && exam.includes(me.get(), units, myRoles(me.get()))) {
                out.add(counting.mine(exam, me.get().id(), now));
            }
        }
        return out;
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public MyExam myExam(Long examId) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new BusinessException("exam.error.not-found"));
        OfficialRecord me = requireEligible(exam);
        return counting.mine(exam, me.id(), clock.instant());
    }

    /**
     * Starts an attempt, or returns the one in progress (a second click or a second tab resumes it). The deadline
     * is set here, on the server: the time limit plus any extra minutes, never past the window's close.
     */
    @Allowed.SignedIn
    public Long start(Long examId) {
        try {
            return tx.execute(s -> doStart(examId));
        } catch (DataIntegrityViolationException e) {
            // another tab started it at the same moment: resume that one
            return tx.execute(s -> doStart(examId));
        }
    }

    private Long doStart(Long examId) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new BusinessException("exam.error.not-found"));
        OfficialRecord me = requireEligible(exam);
        Instant now = clock.instant();
        List<ExamAttempt> list = attempts.findByExamIdAndOfficialIdOrderByAttemptNo(examId, me.id());
        for (ExamAttempt a : list) {
            if (a.status() == AttemptStatus.IN_PROGRESS) {
                if (a.accepts(now, graceSeconds)) {
                    return a.getId();
                }
                grading.grade(a, exam, now);
            }
        }
        Exam.Window window = exam.windowAt(now);
        if (window == Exam.Window.NONE) {
            throw new BusinessException("exam.error.closed");
        }
        int used = (int) list.stream().filter(a -> a.status() != AttemptStatus.VOIDED
                && a.makeup() == (window == Exam.Window.MAKEUP)).count();
        if (counting.attemptsLeft(exam, me.id(), window, list, used) == 0) {
            throw new BusinessException("exam.error.no-attempts-left");
        }
        int extraMinutes = allowances.findByExamIdAndOfficialId(examId, me.id()).map(ExamAllowance::extraMinutes)
                .orElse(0);
        Instant deadline = now.plusSeconds(60L * (exam.timeLimitMinutes() + extraMinutes));
        if (deadline.isAfter(exam.closeOf(window))) {
            deadline = exam.closeOf(window);
        }
        var paper = PaperDrawer.draw(exam.settings().sections(), exam.pool(), catalog.library(), random);
        int next = list.stream().mapToInt(ExamAttempt::attemptNo).max().orElse(0) + 1;
        ExamAttempt attempt = attempts.saveAndFlush(new ExamAttempt(examId, me.id(), next,
                window == Exam.Window.MAKEUP, now, deadline, exam.maxScore()));
        int position = 1;
        List<AttemptItem> rows = new ArrayList<>();
        for (var d : paper) {
            rows.add(new AttemptItem(attempt.getId(), position++, d.course().id(), d.question().id(),
                    d.question().type(), d.section().points(), d.keys(), d.tokens(), d.question().answer()));
        }
        items.saveAll(rows);
        return attempt.getId();
    }

    /** The paper as the taker's browser may see it. An attempt past its deadline is submitted first. */
    @Allowed.SignedIn
    public TakerPaper paper(Long attemptId) {
        return tx.execute(s -> {
            ExamAttempt a = own(attemptId);
            Exam exam = exams.findById(a.examId()).orElseThrow();
            if (a.status() == AttemptStatus.IN_PROGRESS && !a.accepts(clock.instant(), graceSeconds)) {
                grading.grade(a, exam, clock.instant());
            }
            List<TakerPaper.Item> list = PaperViews.takerItems(items.findByAttemptIdOrderByPosition(attemptId),
                    catalog.library());
            return new TakerPaper(attemptId, exam.title(), a.deadline(), list,
                    exam.kind() == ExamKind.COURSE_QUIZ ? exam.courseId() : null);
        });
    }

    /** The attempt's state without the paper, e.g. to see whether it is still in progress. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public AttemptRecord attempt(Long attemptId) {
        return own(attemptId).toRecord();
    }

    /**
     * Saves one answer. It is committed when this returns, so the confirmation the taker sees is true. Refused
     * after the deadline plus the grace.
     */
    @Allowed.SignedIn
    public Instant answer(Long attemptId, int position, Set<String> tokens) {
        return tx.execute(s -> {
            ExamAttempt a = own(attemptId);
            Instant now = clock.instant();
            if (!a.accepts(now, graceSeconds)) {
                throw new BusinessException(a.status() == AttemptStatus.IN_PROGRESS ? "attempt.error.time-up"
                        : "attempt.error.not-in-progress");
            }
            AttemptItem item = items.findByAttemptIdAndPosition(attemptId, position)
                    .orElseThrow(() -> new BusinessException("attempt.error.bad-option"));
            Set<String> keys = item.keysFor(tokens);
            if (item.type() != QuestionType.MULTIPLE && keys.size() > 1) {
                throw new BusinessException("attempt.error.bad-option");
            }
            item.choose(keys, now);
            items.save(item);
            return now;
        });
    }

    /** Submits and grades; a second submit (another tab, a double click) grades nothing and returns the result. */
    @Allowed.SignedIn
    public ExamResult submit(Long attemptId) {
        try {
            tx.executeWithoutResult(s -> {
                ExamAttempt a = own(attemptId);
                if (a.status() == AttemptStatus.IN_PROGRESS) {
                    grading.grade(a, exams.findById(a.examId()).orElseThrow(), clock.instant());
                }
            });
        } catch (OptimisticLockingFailureException e) {
            // graded meanwhile by the other tab or the deadline sweep
        }
        return result(attemptId);
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public ExamResult result(Long attemptId) {
        ExamAttempt a = own(attemptId);
        Exam exam = exams.findById(a.examId()).orElseThrow();
        if (a.status() == AttemptStatus.IN_PROGRESS) {
            throw new BusinessException("attempt.error.not-submitted");
        }
        Instant now = clock.instant();
        boolean review = a.status() == AttemptStatus.SUBMITTED && exam.reviewOpen(now);
        List<ExamResult.ReviewItem> reviewItems = review
                ? PaperViews.review(items.findByAttemptIdOrderByPosition(a.getId()), catalog.library()) : List.of();
        return new ExamResult(a.toRecord(), exam.title(), review, reviewItems,
                certificates.codeFor(a.getId()).orElse(null),
                exam.kind() == ExamKind.COURSE_QUIZ ? exam.courseId() : null);
    }

    /** Submits every attempt whose deadline (plus grace) has passed, recording the deadline as its finish. */
    @Allowed.Admins
    public int submitExpired() {
        Instant now = clock.instant();
        int n = 0;
        for (Long id : attempts.expired(AttemptStatus.IN_PROGRESS, now.minusSeconds(graceSeconds))) {
            try {
                Boolean done = tx.execute(s -> {
                    ExamAttempt a = attempts.findById(id).orElseThrow();
                    if (a.status() != AttemptStatus.IN_PROGRESS) {
                        return false;
                    }
                    grading.grade(a, exams.findById(a.examId()).orElseThrow(), now);
                    return true;
                });
                n += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException e) {
                // the taker submitted at the same moment
            }
        }
        return n;
    }

    private ExamAttempt own(Long attemptId) {
        ExamAttempt a = attempts.findById(attemptId).orElseThrow(() -> new BusinessException("exam.error.not-found"));
        Long me = currentUser.require().officialId();
        if (me == null || !me.equals(a.officialId())) {
            // nobody sits the exam for another (不得代考)
            throw new AccessDeniedException("attempt " + attemptId + " is not yours");
        }
        return a;
    }

    private RoleCheck myRoles(OfficialRecord me) {
        return Audiences.rolesOf(me.id(), currentUser.require()::has);
    }

    private OfficialRecord requireEligible(Exam exam) {
        OfficialRecord me = officials.me().orElseThrow(() -> new BusinessException("course.error.no-official"));
        // a course quiz is open to everyone who reads the course
        boolean included = exam.kind() == ExamKind.COURSE_QUIZ || exam.includes(me, orgUnits.byId(), myRoles(me));
        if (exam.status() != ExamStatus.PUBLISHED || !included) {
            throw new AccessDeniedException("not in the audience of exam " + exam.getId());
        }
        return me;
    }

    static Map<Long, List<ExamAttempt>> byOfficial(List<ExamAttempt> list) {
        return list.stream().collect(Collectors.groupingBy(ExamAttempt::officialId));
    }
}
