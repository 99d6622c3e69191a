package org.xuefa.quiz;

import java.math.BigDecimal;

/** An exam as organizers and takers see its definition. */
public record ExamRecord(Long id, ExamStatus status, ExamSettings settings, BigDecimal maxScore, long version) {
    public String title() {
        return settings.title();
    }
}
