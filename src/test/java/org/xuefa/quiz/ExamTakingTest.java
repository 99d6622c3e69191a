package org.xuefa.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.BusinessException;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

class ExamTakingTest extends ServiceTestBase {
    @Autowired
    ExamTaking taking;
    @Autowired
    Exams exams;
    @Autowired
    ExamResults results;
    @Autowired
    Certificates certificates;
    @Autowired
    CourseCatalog catalog;

    private MyExam openExam() {
        return taking.myExams().stream().filter(MyExam::open).findFirst().orElseThrow();
    }

    static void answerAll(ExamTaking taking, CourseCatalog catalog, Long attemptId, boolean right, int limit) {
        QuizTestSupport.answerAll(taking, catalog, attemptId, right, limit);
    }

    @Test
    void the_cadre_resumes_the_attempt_in_progress_with_its_answers() {
        loginAs("cadre");
        Long attempt = taking.start(openExam().exam().id());
        answerAll(taking, catalog, attempt, true, 2);
        assertThat(openExam().attemptInProgress()).isEqualTo(attempt);
        assertThat(taking.start(openExam().exam().id())).as("a second start resumes").isEqualTo(attempt);
        TakerPaper paper = taking.paper(attempt);
        assertThat(paper.items()).hasSize(80);
        assertThat(paper.answeredCount()).isGreaterThanOrEqualTo(2);
        assertThat(paper.deadline()).isAfter(clock.instant());
    }

    @Test
    void an_answer_after_the_deadline_is_refused_and_the_abandoned_attempt_is_submitted_at_its_deadline() {
        Long id = official("TP-061");
        loginAsOfficial(id);
        Long attempt = taking.start(openExam().exam().id());
        answerAll(taking, catalog, attempt, true, 3);
        AttemptRecord started = taking.attempt(attempt);
        TakerPaper.Item fifth = taking.paper(attempt).items().get(4);
        Set<String> anyChoice = Set.of(fifth.choices().get(0).token());
        clock.advance(Duration.ofMinutes(90).plusSeconds(5));
        answerAll(taking, catalog, attempt, true, 4); // within the grace
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> taking.answer(attempt, fifth.position(), anyChoice))
                .isInstanceOf(BusinessException.class).hasMessageContaining("attempt.error.time-up");
        loginAs("admin");
        assertThat(taking.submitExpired()).isGreaterThanOrEqualTo(1);
        loginAsOfficial(id);
        AttemptRecord done = taking.attempt(attempt);
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.submittedAt()).isEqualTo(started.deadline());
        assertThat(done.score()).isEqualByComparingTo("4");
        loginAs("admin");
        assertThat(taking.submitExpired()).as("safe to run twice").isZero();
    }

    @Test
    void submitting_from_two_tabs_at_once_grades_once_and_a_pass_earns_one_certificate() throws Exception {
        Long id = official("TP-062");
        loginAsOfficial(id);
        Long attempt = taking.start(openExam().exam().id());
        answerAll(taking, catalog, attempt, true, 80);
        var context = SecurityContextHolder.getContext();
        Callable<ExamResult> submit = () -> {
            SecurityContextHolder.setContext(context);
            try {
                return taking.submit(attempt);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        var pool = Executors.newFixedThreadPool(2);
        List<Future<ExamResult>> both = pool.invokeAll(List.of(submit, submit));
        pool.shutdown();
        ExamResult a = both.get(0).get();
        ExamResult b = both.get(1).get();
        assertThat(a.attempt().score()).isEqualByComparingTo("100").isEqualByComparingTo(b.attempt().score());
        assertThat(a.attempt().band()).isEqualTo(Band.EXCELLENT);
        assertThat(a.certificateCode()).isNotNull().isEqualTo(b.certificateCode());
        assertThat(a.reviewAllowed()).isTrue();
        assertThat(a.review()).hasSize(80).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(certificates.verify(a.certificateCode())).hasValueSatisfying(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.band()).isEqualTo(Band.EXCELLENT);
        });
        assertThat(certificates.verify("ZZZZ-ZZZZ-ZZZZ")).isEmpty();
        assertThat(certificates.verify("not a code")).isEmpty();
    }

    @Test
    void nobody_answers_or_reads_an_attempt_of_another() {
        Long a = official("TP-063");
        Long b = official("TP-012");
        loginAsOfficial(a);
        Long attempt = taking.start(openExam().exam().id());
        loginAsOfficial(b);
        assertThatThrownBy(() -> taking.paper(attempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taking.answer(attempt, 1, Set.of("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taking.submit(attempt)).isInstanceOf(AccessDeniedException.class);
        loginAs("cadre");
        assertThatThrownBy(() -> taking.result(attempt)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unknown_option_token_is_refused() {
        loginAs("cadre");
        Long attempt = taking.start(openExam().exam().id());
        assertThatThrownBy(() -> taking.answer(attempt, 1, Set.of("forgedtoken"))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("bad-option");
    }

    @Test
    void cadres_cannot_define_exams_or_see_results() {
        loginAs("cadre");
        Long examId = openExam().exam().id();
        assertThatThrownBy(() -> exams.inScope()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.preview(examId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.summary(examId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.voidAttempt(1L, "x")).isInstanceOf(AccessDeniedException.class);
        loginAs("leader");
        assertThat(results.summary(examId).total().audience()).isPositive();
        assertThatThrownBy(() -> exams.publish(examId, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void last_years_results_give_rates_per_unit_and_the_lists() {
        loginAs("organizer");
        ExamRecord past = exams.inScope().stream().filter(e -> e.title().startsWith("2025")).findFirst().orElseThrow();
        ExamSummary s = results.summary(past.id());
        assertThat(s.units()).hasSizeGreaterThan(3);
        var t = s.total();
        assertThat(t.sat()).isPositive().isLessThan(t.audience());
        assertThat(results.notSat(past.id(), 0, 10_000)).hasSize(t.audience() - t.sat()).hasSize(s.notSatCount())
                .allMatch(p -> p.band() == null);
        assertThat(results.failed(past.id(), 0, 10_000)).hasSize(t.sat() - t.passed()).hasSize(s.failedCount())
                .allMatch(p -> p.band() == Band.FAIL);
        assertThat(t.passRate()).isBetween(0.0, 1.0);
        assertThat(s.units().stream().mapToInt(ExamSummary.UnitResult::sat).sum()).isEqualTo(t.sat());
        String csv = new String(results.csv(past.id(), Messages.CHINESE),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("参考率", "合格率", "优秀率", "综合执法大队", "未参考人员");
    }

    @Test
    void item_analysis_reports_facility_and_discrimination_of_the_open_exam() {
        loginAs("organizer");
        Long examId = exams.inScope().stream().filter(e -> e.title().startsWith("2026")).findFirst().orElseThrow().id();
        List<ItemStat> stats = results.itemAnalysis(examId);
        int minimum = results.itemAnalysisMinimum();
        assertThat(stats).isNotEmpty().allSatisfy(i -> {
            if (i.takers() >= minimum) {
                assertThat(i.facility()).isBetween(0.0, 1.0);
            } else {
                assertThat(i.facility()).as("too few answers to judge").isNull();
                assertThat(i.suspicious()).isFalse();
            }
        });
        assertThat(stats).anySatisfy(i -> assertThat(i.takers()).isPositive());
    }

    @Test
    void an_organizer_voids_an_attempt_with_a_reason_and_grants_extra_time() {
        Long id = official("TP-031");
        loginAsOfficial(id);
        Long examId = openExam().exam().id();
        Long attempt = taking.start(examId);
        var before = taking.attempt(attempt).deadline();
        loginAs("organizer");
        exams.grant(examId, id, 0, 15);
        assertThatThrownBy(() -> exams.voidAttempt(attempt, " ")).isInstanceOf(BusinessException.class);
        loginAsOfficial(id);
        assertThat(taking.attempt(attempt).deadline()).isEqualTo(before.plus(Duration.ofMinutes(15)));
        loginAs("organizer");
        exams.voidAttempt(attempt, "他人代考");
        loginAsOfficial(id);
        assertThat(taking.attempt(attempt).status()).isEqualTo(AttemptStatus.VOIDED);
        assertThat(taking.result(attempt).attempt().voidReason()).isEqualTo("他人代考");
    }
}
