package org.xuefa.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.base.BusinessException;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseFixtures;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;

class ExamRulesTest {
    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void bands_follow_the_default_thresholds() {
        Bands b = Bands.DEFAULT;
        assertThat(b.of(new BigDecimal("90"))).isEqualTo(Band.EXCELLENT);
        assertThat(b.of(new BigDecimal("89.99"))).isEqualTo(Band.GOOD);
        assertThat(b.of(new BigDecimal("80"))).isEqualTo(Band.GOOD);
        assertThat(b.of(new BigDecimal("60"))).isEqualTo(Band.PASS);
        assertThat(b.of(new BigDecimal("59.5"))).isEqualTo(Band.FAIL);
        assertThatThrownBy(() -> new Bands(80, 60, 90)).isInstanceOf(BusinessException.class);
    }

    @Test
    void multiple_answers_are_all_or_nothing_unless_partial_credit_is_on() {
        Set<String> key = Set.of("A", "C", "D");
        BigDecimal two = BigDecimal.valueOf(2);
        assertThat(Grader.score(key, Set.of("A", "C", "D"), two, false)).isEqualByComparingTo("2");
        assertThat(Grader.score(key, Set.of("A", "C"), two, false)).isEqualByComparingTo("0");
        assertThat(Grader.score(key, Set.of("A", "C"), two, true)).isEqualByComparingTo("1.33");
        assertThat(Grader.score(key, Set.of("A", "B"), two, true)).isEqualByComparingTo("0");
        assertThat(Grader.score(key, Set.of(), two, true)).isEqualByComparingTo("0");
        assertThat(Grader.score(Set.of("true"), Set.of("false"), BigDecimal.ONE, true)).isEqualByComparingTo("0");
    }

    @Test
    void an_answer_counts_until_the_deadline_plus_grace_and_a_late_finish_is_the_deadline() {
        ExamAttempt a = new ExamAttempt(1L, 2L, 1, false, T0, T0.plusSeconds(5400), BigDecimal.valueOf(100));
        assertThat(a.accepts(T0.plusSeconds(5400), 10)).isTrue();
        assertThat(a.accepts(T0.plusSeconds(5410), 10)).isTrue();
        assertThat(a.accepts(T0.plusSeconds(5411), 10)).isFalse();
        a.complete(BigDecimal.valueOf(85), Bands.DEFAULT, T0.plusSeconds(9999));
        assertThat(a.submittedAt()).isEqualTo(T0.plusSeconds(5400));
        assertThat(a.band()).isEqualTo(Band.GOOD);
        assertThat(a.accepts(T0.plusSeconds(10), 10)).isFalse();
        assertThatThrownBy(() -> a.complete(BigDecimal.ONE, Bands.DEFAULT, T0)).isInstanceOf(BusinessException.class);
    }

    @Test
    void the_highest_or_the_latest_attempt_counts_and_voided_ones_never() {
        ExamAttempt first = attempt(1, 90, 100);
        ExamAttempt second = attempt(2, 70, 200);
        ExamAttempt voided = attempt(3, 99, 300);
        voided.voidWith("代考");
        Exam highest = exam(Counting.HIGHEST);
        assertThat(AttemptCounting.counted(highest, List.of(first, second, voided))).contains(first);
        assertThat(AttemptCounting.counted(exam(Counting.LATEST), List.of(first, second, voided))).contains(second);
    }

    @Test
    void a_paper_never_draws_outdated_questions_and_says_when_the_bank_is_too_small(
            @TempDir Path dir) throws Exception {
        CourseFixtures.copyOfCourses(dir);
        Path bank = dir.resolve("admin-reconsideration/questions.yaml");
        Files.writeString(bank, Files.readString(bank)
                .replace("law: admin-reconsideration-2023", "law: admin-reconsideration-2017"));
        CourseCatalog catalog = CourseFixtures.catalogOn(dir);
        var library = catalog.library();
        Section all = new Section(QuestionType.SINGLE, 20, BigDecimal.ONE, List.of("admin-reconsideration"), List.of(),
                Set.of());
        assertThatThrownBy(() -> PaperDrawer.draw(List.of(all), library, new Random(1)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("bank-too-small");
        var paper = PaperDrawer.draw(List.of(Section.of(QuestionType.MULTIPLE, 30, 2),
                Section.of(QuestionType.SINGLE, 40, 1)), library, new Random(1));
        assertThat(paper).hasSize(70).noneMatch(d -> d.course().id().equals("admin-reconsideration"));
        assertThat(paper.stream().map(d -> d.course().id() + d.question().id()).distinct()).hasSize(70);
        assertThat(paper).allSatisfy(d -> {
            assertThat(d.tokens()).hasSameSizeAs(d.keys()).doesNotHaveDuplicates();
            assertThat(d.tokens()).allMatch(t -> t.matches("[a-z2-9]{10}"));
        });
    }

    private static ExamAttempt attempt(int no, int score, long at) {
        ExamAttempt a = new ExamAttempt(1L, 2L, no, false, T0.plusSeconds(at), T0.plusSeconds(at + 60),
                BigDecimal.valueOf(100));
        a.complete(BigDecimal.valueOf(score), Bands.DEFAULT, T0.plusSeconds(at + 30));
        return a;
    }

    private static Exam exam(Counting counting) {
        return new Exam(new ExamSettings("t", ExamKind.ANNUAL, 1L, null, Set.of(AudienceRule.unit(1L)), T0,
                T0.plusSeconds(86400), null, null, 90, List.of(Section.of(QuestionType.SINGLE, 1, 1)), Bands.DEFAULT,
                3, counting, false, ReviewPolicy.AFTER_SUBMIT, false), T0);
    }
}
