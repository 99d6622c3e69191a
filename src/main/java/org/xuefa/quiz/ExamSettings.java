package org.xuefa.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.xuefa.people.AudienceRule;

/**
 * Everything an organizer sets on an exam. {@code attemptsAllowed} 0 means unlimited (course quizzes); the makeup
 * window (补考) is optional and open to those who failed or missed the exam.
 */
public record ExamSettings(String title, ExamKind kind, Long ownerUnitId, String courseId, Set<AudienceRule> audience,
        Instant opensAt, Instant closesAt, Instant makeupOpensAt, Instant makeupClosesAt, int timeLimitMinutes,
        List<Section> sections, Bands bands, int attemptsAllowed, Counting counting, boolean partialCredit,
        ReviewPolicy review, boolean certificate) {

    public ExamSettings {
        audience = Set.copyOf(audience);
        sections = List.copyOf(sections);
    }
}
