package org.xuefa.course;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;

/**
 * Practice answers of the signed-in official: graded here, a wrong one kept on the official's list of missed
 * questions for the course, and a missed question taken off the list when it is answered right in a retry.
 * Accounts without an official practise without a list.
 */
@Service
@Transactional
public class PracticeMisses {
    private final CourseCatalog catalog;
    private final PracticeMissRepository misses;
    private final CurrentUser currentUser;
    private final Clock clock;

    PracticeMisses(CourseCatalog catalog, PracticeMissRepository misses, CurrentUser currentUser, Clock clock) {
        this.catalog = catalog;
        this.misses = misses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Grades an answer to a practice question and keeps the list of missed questions: a wrong answer puts the
     * question on it, a right one in a retry takes it off. Returns whether the answer is right.
     */
    @Allowed.SignedIn
    public boolean answer(String courseId, String questionId, Set<String> chosen, boolean retry) {
        Question question = practiceQuestions(courseId).get(questionId);
        if (question == null) {
            throw new IllegalArgumentException("No practice question " + questionId + " in " + courseId);
        }
        boolean right = question.isCorrect(chosen);
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return right;
        }
        var existing = misses.findByOfficialIdAndCourseIdAndQuestionId(officialId, courseId, questionId);
        if (right && retry) {
            existing.ifPresent(misses::delete);
        } else if (!right) {
            existing.ifPresentOrElse(m -> m.missedAgain(clock.instant()), () -> {
                try {
                    misses.saveAndFlush(new PracticeMiss(officialId, courseId, questionId, clock.instant()));
                } catch (DataIntegrityViolationException alreadyThere) {
                    // the same question missed at the same moment in another tab: it is on the list either way
                }
            });
        }
        return right;
    }

    /** The signed-in official's missed questions of a course still in its practice bank, longest missed first. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<Question> missed(String courseId) {
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return List.of();
        }
        Map<String, Question> bank = practiceQuestions(courseId);
        return misses.findByOfficialIdAndCourseIdOrderByMissedAtAsc(officialId, courseId).stream()
                .map(m -> bank.get(m.questionId())).filter(q -> q != null).toList();
    }

    private Map<String, Question> practiceQuestions(String courseId) {
        return catalog.course(courseId).map(c -> c.practiceQuestions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a))).orElse(Map.of());
    }
}
