package org.xuefa.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xuefa.course.CourseQuizPassed;
import org.xuefa.people.Officials;

/**
 * Grading an attempt once it is submitted: each item scored against the key stored with the paper (so later bank
 * edits never change a grade), the band, a certificate of passing when the exam gives one, and
 * {@code CourseQuizPassed} for a passed course quiz. Callers hold the attempt's version, so it runs once.
 */
@Component
class AttemptGrading {
    private final ExamAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final Certificates certificates;
    private final Officials officials;
    private final ApplicationEventPublisher events;

    AttemptGrading(ExamAttemptRepository attempts, AttemptItemRepository items, Certificates certificates,
            Officials officials, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.items = items;
        this.certificates = certificates;
        this.officials = officials;
        this.events = events;
    }

    /** Grades a submitted attempt from its stored paper, issues the certificate and tells who listens. */
    void grade(ExamAttempt a, Exam exam, Instant now) {
        BigDecimal total = BigDecimal.ZERO;
        List<AttemptItem> paper = items.findByAttemptIdOrderByPosition(a.getId());
        for (AttemptItem i : paper) {
            BigDecimal awarded = Grader.score(i.answerKeys(), i.chosenKeys(), i.points(), exam.partialCredit());
            i.award(awarded);
            total = total.add(awarded);
        }
        items.saveAll(paper);
        a.complete(total, exam.bands(), now);
        attempts.saveAndFlush(a);
        if (exam.certificate() && a.band().passed()) {
            certificates.issue(a, exam.title(), officials.nameOf(a.officialId()), now);
        }
        if (exam.kind() == ExamKind.COURSE_QUIZ && a.band().passed()) {
            events.publishEvent(new CourseQuizPassed(a.officialId(), exam.courseId(), now));
        }
    }
}
