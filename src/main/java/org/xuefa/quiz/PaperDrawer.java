package org.xuefa.quiz;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Option;
import org.xuefa.course.Question;

/**
 * Draws a paper from the blueprint: for each section, distinct random questions of its type from its courses,
 * tags and difficulties, never a flagged (outdated) one; options shuffled per attempt with opaque tokens.
 */
final class PaperDrawer {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom TOKENS = new SecureRandom();

    record Drawn(Course course, Question question, Section section, List<String> keys, List<String> tokens) {
    }

    private PaperDrawer() {
    }

    static List<Drawn> draw(List<Section> sections, CourseLibrary library, Random random) {
        List<Drawn> paper = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Section s : sections) {
            List<Drawn> pool = new ArrayList<>();
            for (Course c : library.courses().values()) {
                if (!s.courseIds().isEmpty() && !s.courseIds().contains(c.id())) {
                    continue;
                }
                for (Question q : c.questions()) {
                    if (q.type() == s.type() && !library.isFlagged(q)
                            && (s.tags().isEmpty() || q.tags().stream().anyMatch(s.tags()::contains))
                            && (s.difficulties().isEmpty() || s.difficulties().contains(q.difficulty()))
                            && !used.contains(c.id() + "/" + q.id())) {
                        pool.add(new Drawn(c, q, s, null, null));
                    }
                }
            }
            if (pool.size() < s.count()) {
                throw new BusinessException("exam.error.bank-too-small", s.type().code(), s.count(), pool.size());
            }
            pool.sort(java.util.Comparator.comparing((Drawn d) -> d.course().id()).thenComparing(d -> d.question().id()));
            Collections.shuffle(pool, random);
            for (Drawn d : pool.subList(0, s.count())) {
                used.add(d.course().id() + "/" + d.question().id());
                List<String> keys = new ArrayList<>(d.question().choices().stream().map(Option::key).toList());
                if (d.question().type() != org.xuefa.course.QuestionType.TRUEFALSE) {
                    Collections.shuffle(keys, random);
                }
                List<String> tokens = keys.stream().map(k -> token()).toList();
                paper.add(new Drawn(d.course(), d.question(), s, keys, tokens));
            }
        }
        return paper;
    }

    /** An option id that says nothing about the option: random per attempt and option. */
    static String token() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(TOKENS.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
