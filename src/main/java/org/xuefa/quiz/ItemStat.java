package org.xuefa.quiz;

/**
 * How one question performed: facility (mean share of its points earned, 0–1) and discrimination (facility among
 * the top 27% of takers by total score minus among the bottom 27%). Discrimination is null below 10 takers.
 */
public record ItemStat(String courseId, String questionId, String stem, int takers, double facility,
        Double discrimination) {

    /** A question nearly everyone or nobody gets right, or that the weaker takers get right more often. */
    public boolean suspicious() {
        return facility > 0.95 || facility < 0.2 || (discrimination != null && discrimination < 0.1);
    }
}
