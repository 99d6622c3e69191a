package org.xuefa.hours;

/**
 * The kinds of study a requirement counts: concentrated training (集中培训: sessions, lectures, external courses)
 * and online self-study (网络自学: courses and their quizzes).
 */
public enum RequirementKind {
    TRAINING, ONLINE;

    /** The requirement a credit of this source counts toward. */
    public static RequirementKind of(CreditSource source) {
        return source == CreditSource.COURSE || source == CreditSource.QUIZ ? ONLINE : TRAINING;
    }
}
