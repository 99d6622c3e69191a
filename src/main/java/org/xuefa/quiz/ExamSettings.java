package org.xuefa.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.xuefa.people.AudienceRule;

/**
 * Everything an organizer sets on an exam. {@code attemptsAllowed} 0 means unlimited (course quizzes); the makeup
 * window (补考) is optional and open to those who failed or missed the exam; {@code pool} says whether the blueprint
 * draws from the practice banks and the exam-only reserves, or from the reserves only.
 */
public record ExamSettings(String title, ExamKind kind, Long ownerUnitId, String courseId, Set<AudienceRule> audience,
        Instant opensAt, Instant closesAt, Instant makeupOpensAt, Instant makeupClosesAt, int timeLimitMinutes,
        List<Section> sections, Bands bands, int attemptsAllowed, Counting counting, boolean partialCredit,
        ReviewPolicy review, boolean certificate, QuestionPool pool) {

    public ExamSettings {
        audience = Set.copyOf(audience);
        sections = List.copyOf(sections);
        if (pool == null) {
            pool = QuestionPool.defaultFor(kind);
        }
    }

    /** Settings with the pool the kind implies (practice and reserve for exams, practice only for quizzes). */
    public ExamSettings(String title, ExamKind kind, Long ownerUnitId, String courseId, Set<AudienceRule> audience,
            Instant opensAt, Instant closesAt, Instant makeupOpensAt, Instant makeupClosesAt, int timeLimitMinutes,
            List<Section> sections, Bands bands, int attemptsAllowed, Counting counting, boolean partialCredit,
            ReviewPolicy review, boolean certificate) {
        this(title, kind, ownerUnitId, courseId, audience, opensAt, closesAt, makeupOpensAt, makeupClosesAt,
                timeLimitMinutes, sections, bands, attemptsAllowed, counting, partialCredit, review, certificate, null);
    }
}
