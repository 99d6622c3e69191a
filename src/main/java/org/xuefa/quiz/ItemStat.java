package org.xuefa.quiz;

/**
 * How one question performed: facility (mean share of its points earned, 0–1) and discrimination (facility among
 * the top 27% of takers by total score minus among the bottom 27%). Below the minimum number of answers
 * ({@code xuefa.exam.item-analysis-min-answers}, 20) neither is given (null): one or two answers say nothing.
 * Discrimination is also null below 10 takers.
 */
public record ItemStat(String courseId, String questionId, String stem, int takers, Double facility,
        Double discrimination) {

    /** Whether there were enough answers to judge the question. */
    public boolean measured() {
        return facility != null;
    }

    /** A question nearly everyone or nobody gets right, or that the weaker takers get right more often. */
    public boolean suspicious() {
        return measured() && (facility > 0.95 || facility < 0.2 || (discrimination != null && discrimination < 0.1));
    }
}
