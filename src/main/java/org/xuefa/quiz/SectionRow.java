package org.xuefa.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.xuefa.course.QuestionType;

/** A blueprint section as stored: lists are kept as comma-separated text. */
@Embeddable
class SectionRow {
    @Column(name = "question_type")
    private String questionType;
    @Column(name = "question_count")
    private int questionCount;
    private BigDecimal points;
    @Column(name = "course_ids")
    private String courseIds;
    private String tags;
    private String difficulties;

    protected SectionRow() {
    }

    SectionRow(Section s) {
        this.questionType = s.type().name();
        this.questionCount = s.count();
        this.points = s.points();
        this.courseIds = String.join(",", s.courseIds());
        this.tags = String.join(",", s.tags());
        this.difficulties = s.difficulties().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    Section toSection() {
        return new Section(QuestionType.valueOf(questionType), questionCount, points, split(courseIds), split(tags),
                split(difficulties).stream().map(Integer::valueOf).collect(Collectors.toSet()));
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
