package org.xuefa.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.BusinessException;
import org.xuefa.certification.AnnualExamOutcome;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

/** Exams, their results and certificates stay inside the caller's scope; an audience never reaches another town. */
class ExamScopeTest extends ServiceTestBase {
    @Autowired
    Exams exams;
    @Autowired
    ExamTaking taking;
    @Autowired
    ExamResults results;
    @Autowired
    Certificates certificates;
    @Autowired
    AnnualExamEvidence evidence;
    @Autowired
    CourseCatalog catalog;

    private static ExamSettings settings(ExamKind kind, Long owner, Set<AudienceRule> audience, boolean certificate) {
        return new ExamSettings("范围测试 " + UUID.randomUUID(), kind, owner, null, audience,
                TestClockConfig.NOW.minus(Duration.ofHours(1)), TestClockConfig.NOW.plus(Duration.ofDays(7)), null,
                null, 60, List.of(Section.of(QuestionType.SINGLE, 5, 1)), Bands.DEFAULT, 3, Counting.HIGHEST, false,
                ReviewPolicy.AFTER_SUBMIT, certificate);
    }

    /** A published exam, made by the administrator. */
    private ExamRecord published(ExamKind kind, Long owner, Set<AudienceRule> audience, boolean certificate) {
        return asAdmin(() -> {
            ExamRecord e = exams.create(settings(kind, owner, audience, certificate));
            return exams.publish(e.id(), e.version());
        });
    }

    @Test
    void a_category_rule_of_tangpeng_does_not_reach_shijiao_officials() {
        ExamRecord exam = published(ExamKind.ANNUAL, unit("tangpeng"),
                Set.of(AudienceRule.category(OfficialCategory.STAFF)), false);
        OfficialRecord ours = fixtures.newOfficial(unit("brigade"));
        loginAsOfficial(ours.id());
        assertThat(taking.myExams()).as("a Tangpeng staff member").anyMatch(m -> m.exam().id().equals(exam.id()));

        loginAsOfficial(official("SJ-022")); // staff of Shijiao
        assertThat(taking.myExams()).noneMatch(m -> m.exam().id().equals(exam.id()));
        assertThatThrownBy(() -> taking.start(exam.id()))
                .isInstanceOfAny(AccessDeniedException.class, BusinessException.class);
    }

    @Test
    void audiences_stay_within_the_organizers_scope_and_the_owner_unit_and_course_quizzes_are_not_made_here() {
        Long town = fixtures.newTown().id();
        String organizer = fixtures.newAccount(Role.ORGANIZER, town, null);
        loginAs(organizer);
        assertThatThrownBy(() -> exams.create(settings(ExamKind.ANNUAL, town,
                Set.of(AudienceRule.unit(unit("tangpeng"))), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.create(settings(ExamKind.ANNUAL, town,
                Set.of(AudienceRule.official(official("TP-061"))), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.create(settings(ExamKind.ANNUAL, town, Set.of(AudienceRule.role(Role.ADMIN)),
                false))).isInstanceOf(BusinessException.class).hasMessageContaining("audience.error.role");
        assertThatThrownBy(() -> exams.create(settings(ExamKind.COURSE_QUIZ, town, Set.of(AudienceRule.unit(town)),
                false))).isInstanceOf(BusinessException.class).hasMessageContaining("exam.error.kind");
        ExamRecord ok = exams.create(settings(ExamKind.ANNUAL, town, Set.of(AudienceRule.unit(town)), false));

        // even an administrator cannot point one town's exam at another town's units
        loginAs("admin");
        assertThatThrownBy(() -> exams.create(settings(ExamKind.ANNUAL, town, Set.of(AudienceRule.unit(unit("shijiao"))),
                false))).isInstanceOf(BusinessException.class).hasMessageContaining("audience.error.outside-owner");
        assertThatThrownBy(() -> exams.update(ok.id(), settings(ExamKind.ANNUAL, town,
                Set.of(AudienceRule.unit(unit("brigade"))), false), ok.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("audience.error.outside-owner");
        assertThatThrownBy(() -> exams.update(ok.id(), settings(ExamKind.COURSE_QUIZ, town,
                Set.of(AudienceRule.unit(town)), false), ok.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("exam.error.kind");
        loginAs(organizer);
        assertThatThrownBy(() -> exams.update(ok.id(), settings(ExamKind.ANNUAL, town,
                Set.of(AudienceRule.unit(unit("shijiao"))), false), ok.version()))
                .isInstanceOf(AccessDeniedException.class);
        Long sub = fixtures.newUnit(town, UnitKind.OFFICE).id();
        assertThat(exams.update(ok.id(), settings(ExamKind.ANNUAL, town, Set.of(AudienceRule.unit(sub)), false),
                ok.version()).settings().audience()).containsExactly(AudienceRule.unit(sub));
    }

    @Test
    void voiding_granting_and_paper_results_refuse_officials_outside_the_organizers_scope() {
        Long town = fixtures.newTown().id();
        OfficialRecord theirs = fixtures.newOfficial(town);
        Long tangpengOfficial = official("TP-061");
        ExamRecord exam = published(ExamKind.ANNUAL, town, Set.of(AudienceRule.unit(town)), false);
        // a paper result of a Tangpeng official at this exam, recorded by the administrator
        fixtures.asAdmin(() -> exams.recordPaperResult(exam.id(), tangpengOfficial, BigDecimal.valueOf(4),
                TestClockConfig.NOW.minusSeconds(600)));
        loginAs("admin");
        Long foreignAttempt = results.attempts(exam.id(), 0, 1000).stream()
                .filter(a -> a.officialId().equals(tangpengOfficial)).findFirst().orElseThrow().attemptId();

        loginAs(fixtures.newAccount(Role.ORGANIZER, town, null));
        assertThatThrownBy(() -> exams.voidAttempt(foreignAttempt, "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.grant(exam.id(), tangpengOfficial, 1, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.recordPaperResult(exam.id(), tangpengOfficial, BigDecimal.ONE,
                TestClockConfig.NOW.minusSeconds(60))).isInstanceOf(AccessDeniedException.class);
        assertThat(results.attempts(exam.id(), 0, 1000)).as("results list only officials in scope")
                .noneMatch(a -> a.officialId().equals(tangpengOfficial));
        // their own official is fine
        exams.grant(exam.id(), theirs.id(), 1, 0);
        exams.recordPaperResult(exam.id(), theirs.id(), BigDecimal.valueOf(5), TestClockConfig.NOW.minusSeconds(60));
        Long ownAttempt = results.attempts(exam.id(), 0, 1000).get(0).attemptId();
        exams.voidAttempt(ownAttempt, "誊录错误");
    }

    @Test
    void a_certificate_pdf_goes_to_its_holder_and_to_overseers_whose_scope_holds_the_holder() {
        Long town = fixtures.newTown().id();
        OfficialRecord holder = fixtures.newOfficial(town);
        ExamRecord exam = published(ExamKind.ANNUAL, town, Set.of(AudienceRule.unit(town)), true);
        loginAsOfficial(holder.id());
        Long attempt = taking.start(exam.id());
        QuizTestSupport.answerAll(taking, catalog, attempt, true, Integer.MAX_VALUE);
        String code = taking.submit(attempt).certificateCode();
        assertThat(code).isNotNull();
        assertThat(certificates.pdf(code)).as("the holder").isNotEmpty();

        for (Role role : List.of(Role.ORGANIZER, Role.HR, Role.LEADER)) {
            loginAs(fixtures.newAccount(role, unit("shijiao"), null));
            assertThatThrownBy(() -> certificates.pdf(code)).as(role + " of Shijiao")
                    .isInstanceOf(AccessDeniedException.class);
            loginAs(fixtures.newAccount(role, town, null));
            assertThat(certificates.pdf(code)).as(role + " of the holder's town").isNotEmpty();
        }
        loginAs("organizer");
        assertThatThrownBy(() -> certificates.pdf(code)).as("the demo organizer of Tangpeng")
                .isInstanceOf(AccessDeniedException.class);
        loginAsOfficial(official("TP-061"));
        assertThatThrownBy(() -> certificates.pdf(code)).as("another cadre")
                .isInstanceOf(AccessDeniedException.class);
        loginAs("admin");
        assertThat(certificates.pdf(code)).isNotEmpty();
    }

    @Test
    void an_annual_exam_outside_the_officials_audience_does_not_decide_their_registration_evidence() {
        Long town = fixtures.newTown().id();
        OfficialRecord person = fixtures.newOfficial(town);
        Long shijiao = unit("shijiao");
        ExamRecord foreign = published(ExamKind.ANNUAL, shijiao, Set.of(AudienceRule.unit(shijiao)), false);
        fixtures.asAdmin(() -> exams.recordPaperResult(foreign.id(), person.id(), BigDecimal.valueOf(5),
                TestClockConfig.NOW.minusSeconds(600)));
        int year = TestClockConfig.NOW.atZone(clock.getZone()).getYear();
        loginAs("hr"); // the register reads evidence as HR
        assertThat(evidence.annualExam(year, List.of(person), clock.instant())).as("a pass at Shijiao's exam")
                .doesNotContainKey(person.id());

        ExamRecord theirs = published(ExamKind.ANNUAL, town, Set.of(AudienceRule.unit(town)), false);
        assertThat(evidence.annualExam(year, List.of(person), clock.instant()).get(person.id()))
                .isEqualTo(AnnualExamOutcome.PENDING);
        fixtures.asAdmin(() -> exams.recordPaperResult(theirs.id(), person.id(), BigDecimal.ONE,
                TestClockConfig.NOW.minusSeconds(300)));
        assertThat(evidence.annualExam(year, List.of(person), clock.instant()).get(person.id()))
                .isEqualTo(AnnualExamOutcome.FAILED);
        fixtures.asAdmin(() -> exams.recordPaperResult(theirs.id(), person.id(), BigDecimal.valueOf(5),
                TestClockConfig.NOW.minusSeconds(200)));
        assertThat(evidence.annualExam(year, List.of(person), clock.instant()).get(person.id()))
                .isEqualTo(AnnualExamOutcome.PASSED);
    }
}
