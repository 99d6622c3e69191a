package org.xuefa.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.xuefa.course.QuestionType;

/**
 * One part of a paper blueprint: how many questions of a type, from which courses (empty: all), with which tags
 * and difficulties (empty: any), and how many points each is worth. E.g. 40 single × 1.
 */
public record Section(QuestionType type, int count, BigDecimal points, List<String> courseIds, List<String> tags,
        Set<Integer> difficulties) {

    public Section {
        courseIds = List.copyOf(courseIds);
        tags = List.copyOf(tags);
        difficulties = Set.copyOf(difficulties);
    }

    public static Section of(QuestionType type, int count, int points) {
        return new Section(type, count, BigDecimal.valueOf(points), List.of(), List.of(), Set.of());
    }

    public BigDecimal total() {
        return points.multiply(BigDecimal.valueOf(count));
    }
}
