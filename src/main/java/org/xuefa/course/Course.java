package org.xuefa.course;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A course as read from its folder: what it is, its lessons in order and its question bank. {@code questions} is
 * the whole bank in file order, exam-only reserve included: practice, course quizzes and live quizzes use
 * {@link #practiceQuestions()}, exams choose by their pool.
 */
public record Course(String id, String titleZh, String titleEn, String summaryZh, String summaryEn,
        Set<Audience> audience, List<String> laws, BigDecimal creditHours, int version, List<Lesson> lessons,
        List<Question> questions, QuizSpec quiz, CourseGroup group) {

    /** The end-of-course quiz: how many questions are drawn from the bank, and the pass mark in percent. */
    public record QuizSpec(int questions, int passPercent) {
    }

    public Course {
        audience = Set.copyOf(audience);
        laws = List.copyOf(laws);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    /** The questions learners may see outside exams: the bank without its exam-only reserve. */
    public List<Question> practiceQuestions() {
        return questions.stream().filter(q -> !q.examOnly()).toList();
    }

    /** The exam-only reserve. */
    public List<Question> reserveQuestions() {
        return questions.stream().filter(Question::examOnly).toList();
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleZh;
    }

    public String summary(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && summaryEn != null ? summaryEn : summaryZh;
    }

    public int minutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }

    public Optional<Lesson> lesson(int number) {
        return number >= 1 && number <= lessons.size() ? Optional.of(lessons.get(number - 1)) : Optional.empty();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
