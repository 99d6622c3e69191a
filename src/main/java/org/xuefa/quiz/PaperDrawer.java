package org.xuefa.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Question;
import org.xuefa.course.ShuffledOptions;

/**
 * Draws a paper from the blueprint: for each section, distinct random questions of its type from its courses,
 * tags and difficulties, within the exam's pool (practice and reserve, reserve only, practice only), never a flagged
 * (outdated) one; options shuffled per attempt with opaque tokens. A section that cannot be filled is refused with
 * how many fitting questions there are and how many were skipped for citing amended or repealed law.
 */
final class PaperDrawer {

    record Drawn(Course course, Question question, Section section, List<String> keys, List<String> tokens) {
    }

    static final String TOO_SMALL = "exam.error.bank-too-small";
    static final String RESERVE_TOO_SMALL = "exam.error.reserve-too-small";
    static final String PRACTICE_TOO_SMALL = "exam.error.practice-too-small";

    private PaperDrawer() {
    }

    /** Draws from the practice banks and the exam-only reserves (the default of an exam). */
    static List<Drawn> draw(List<Section> sections, CourseLibrary library, Random random) {
        return draw(sections, QuestionPool.PRACTICE_AND_RESERVE, library, random);
    }

    static List<Drawn> draw(List<Section> sections, QuestionPool questionPool, CourseLibrary library, Random random) {
        List<Drawn> paper = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Section s : sections) {
            List<Drawn> pool = new ArrayList<>();
            int skipped = 0;
            for (Course c : library.courses().values()) {
                if (!s.courseIds().isEmpty() && !s.courseIds().contains(c.id())) {
                    continue;
                }
                for (Question q : c.questions()) {
                    if (q.type() == s.type() && questionPool.admits(q)
                            && (s.tags().isEmpty() || q.tags().stream().anyMatch(s.tags()::contains))
                            && (s.difficulties().isEmpty() || s.difficulties().contains(q.difficulty()))
                            && !used.contains(c.id() + "/" + q.id())) {
                        if (library.isFlagged(q)) {
                            skipped++;
                        } else {
                            pool.add(new Drawn(c, q, s, null, null));
                        }
                    }
                }
            }
            if (pool.size() < s.count()) {
                throw new BusinessException(switch (questionPool) {
                    case RESERVE_ONLY -> RESERVE_TOO_SMALL;
                    case PRACTICE_ONLY -> PRACTICE_TOO_SMALL;
                    case PRACTICE_AND_RESERVE -> TOO_SMALL;
                }, s.type().code(), s.count(), pool.size(), skipped);
            }
            pool.sort(Comparator.comparing((Drawn d) -> d.course().id()).thenComparing(d -> d.question().id()));
            Collections.shuffle(pool, random);
            for (Drawn d : pool.subList(0, s.count())) {
                used.add(d.course().id() + "/" + d.question().id());
                var options = ShuffledOptions.draw(d.question(), random);
                paper.add(new Drawn(d.course(), d.question(), s, options.keys(), options.tokens()));
            }
        }
        return paper;
    }
}
