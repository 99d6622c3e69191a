package org.xuefa.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.certification.AnnualExamOutcome;
import org.xuefa.certification.RegistrationEvidence;
import org.xuefa.people.Audiences;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnits;

/**
 * Tells the credentials module where officials stand with the year's annual law exam: a graded pass in any of the
 * year's published annual exams whose audience includes them is a pass; graded attempts at those without a pass are
 * a fail; no attempt while every annual exam of the year whose audience includes them has closed (make-up included)
 * is a miss.
 */
@Component
class AnnualExamEvidence implements RegistrationEvidence {
    private final ExamRepository exams;
    private final ExamAttemptRepository attempts;
    private final OrgUnits orgUnits;
    private final Audiences audiences;
    private final Clock clock;

    AnnualExamEvidence(ExamRepository exams, ExamAttemptRepository attempts, OrgUnits orgUnits,
            Audiences audiences, Clock clock) {
        this.audiences = audiences;
        this.exams = exams;
        this.attempts = attempts;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AnnualExamOutcome> annualExam(int year, Collection<OfficialRecord> officials, Instant now) {
        Map<Long, AnnualExamOutcome> result = new HashMap<>();
        List<Exam> annual = exams.findByStatusOrderByOpensAtDesc(ExamStatus.PUBLISHED).stream()
                .filter(e -> e.kind() == ExamKind.ANNUAL && e.opensAt() != null
                        && LocalDate.ofInstant(e.opensAt(), clock.getZone()).getYear() == year)
                .toList();
        if (annual.isEmpty() || officials.isEmpty()) {
            return result;
        }
        Map<Long, List<ExamAttempt>> byOfficial = attempts.findByExamIdInAndOfficialIdIn(
                annual.stream().map(Exam::getId).toList(), officials.stream().map(OfficialRecord::id).toList())
                .stream().filter(a -> a.status() == AttemptStatus.SUBMITTED && a.band() != null)
                .collect(Collectors.groupingBy(ExamAttempt::officialId));
        var units = orgUnits.byId();
        var roles = audiences.roleHolders();
        for (OfficialRecord o : officials) {
            List<Exam> theirs = annual.stream().filter(e -> e.includes(o, units, roles)).toList();
            // only attempts at an exam whose audience includes them count: another town's exam cannot flip it
            Set<Long> theirIds = theirs.stream().map(Exam::getId).collect(Collectors.toSet());
            List<ExamAttempt> graded = byOfficial.getOrDefault(o.id(), List.of()).stream()
                    .filter(a -> theirIds.contains(a.examId())).toList();
            if (graded.stream().anyMatch(a -> a.band().passed())) {
                result.put(o.id(), AnnualExamOutcome.PASSED);
            } else if (!graded.isEmpty()) {
                result.put(o.id(), AnnualExamOutcome.FAILED);
            } else {
                if (!theirs.isEmpty()) {
                    boolean allClosed = theirs.stream().allMatch(e -> lastChance(e).isBefore(now));
                    result.put(o.id(), allClosed ? AnnualExamOutcome.MISSED : AnnualExamOutcome.PENDING);
                }
            }
        }
        return result;
    }

    private static Instant lastChance(Exam e) {
        Instant close = e.closesAt();
        return e.makeupClosesAt() != null && e.makeupClosesAt().isAfter(close) ? e.makeupClosesAt() : close;
    }
}
