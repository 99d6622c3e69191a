package org.xuefa.quiz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.BusinessException;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseFixtures;
import org.xuefa.course.GiftFormat;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.studylive.BankQuestion;
import org.xuefa.study.LessonRef;
import org.xuefa.studylive.LiveQuiz;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/**
 * Issue 16: an exam-only question never reaches a practice screen, a course quiz, a live quiz or a default GIFT
 * export, and an exam set to "reserve only" draws only from the reserve.
 */
class ExamReserveTest extends KaribuTestBase {
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseQuizzes quizzes;
    @Autowired
    ExamTaking taking;
    @Autowired
    Exams exams;
    @Autowired
    LiveQuiz live;
    @Autowired
    StudySessions sessions;
    @Autowired
    OrgUnits orgUnits;

    private Course penalty() {
        return catalog.course("admin-penalty").orElseThrow();
    }

    private Set<String> reserveStems() {
        return catalog.library().courses().values().stream().flatMap(c -> c.reserveQuestions().stream())
                .map(Question::stem).collect(Collectors.toSet());
    }

    @Test
    void every_served_course_has_a_reserve_of_ten_and_the_reserve_is_not_in_the_practice_bank() {
        loginAs("cadre");
        assertThat(catalog.library().courses().values()).hasSizeGreaterThanOrEqualTo(13).allSatisfy(c -> {
            assertThat(c.reserveQuestions()).as(c.id()).hasSizeGreaterThanOrEqualTo(10).allMatch(Question::examOnly);
            assertThat(c.practiceQuestions()).as(c.id()).noneMatch(Question::examOnly);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_practice_screen_walks_through_the_practice_bank_and_never_shows_a_reserve_question() {
        loginAs("cadre");
        navigate("courses/admin-penalty/practice");
        Set<String> shown = new HashSet<>();
        int size = penalty().practiceQuestions().size();
        for (int i = 0; i < size; i++) {
            shown.add(_get(H3.class, s -> s.withId("practice-stem")).getText());
            Component choices = _get(Component.class, s -> s.withId("practice-choices"));
            if (choices instanceof RadioButtonGroup<?> radio) {
                RadioButtonGroup<Option> r = (RadioButtonGroup<Option>) radio;
                r.setValue(r.getListDataView().getItem(0));
            } else {
                CheckboxGroup<Option> box = (CheckboxGroup<Option>) choices;
                box.setValue(Set.of(box.getListDataView().getItem(0)));
            }
            _click(_get(Button.class, s -> s.withId("practice-check")));
            _click(_get(Button.class, s -> s.withId("practice-next")));
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(
                penalty().practiceQuestions().stream().map(Question::stem).toList());
        assertThat(shown).doesNotContainAnyElementsOf(reserveStems());
    }

    @Test
    void a_course_quiz_draws_only_from_the_practice_bank() {
        loginAs("cadre");
        Long attempt = quizzes.start("admin-penalty");
        assertThat(taking.paper(attempt).items()).isNotEmpty()
                .noneMatch(item -> reserveStems().contains(item.stem()));
        var library = catalog.library();
        for (Course c : library.courses().values()) {
            List<Section> sections = CourseQuizzes.sections(c, library);
            for (int seed = 0; seed < 20; seed++) {
                assertThat(PaperDrawer.draw(sections, QuestionPool.PRACTICE_ONLY, library, new Random(seed)))
                        .as(c.id()).noneMatch(d -> d.question().examOnly());
            }
        }
        // whatever the settings say, a course quiz keeps to the practice bank
        Exam quiz = new Exam(new ExamSettings("q", ExamKind.COURSE_QUIZ, null, "admin-penalty", Set.of(),
                TestClockConfig.NOW, TestClockConfig.NOW.plusSeconds(60), null, null, 10,
                List.of(Section.of(QuestionType.SINGLE, 1, 1)), Bands.DEFAULT, 0, Counting.HIGHEST, false,
                ReviewPolicy.AFTER_SUBMIT, false, QuestionPool.RESERVE_ONLY), TestClockConfig.NOW);
        assertThat(quiz.pool()).isEqualTo(QuestionPool.PRACTICE_ONLY);
    }

    @Test
    void a_live_quiz_offers_and_opens_practice_questions_only() {
        loginAs("organizer");
        Long town = unit("tangpeng");
        Instant start = TestClockConfig.NOW.minus(Duration.ofMinutes(5));
        Long sessionId = sessions.create(new SessionData(town, SessionKind.THEMATIC, "备用题测试 " + UUID.randomUUID(),
                start, start.plus(Duration.ofMinutes(60)), "会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第33条")), List.of(new LessonRef("admin-penalty", 3)),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0).id();
        List<BankQuestion> offered = live.questions(sessionId);
        Set<String> reserveIds = penalty().reserveQuestions().stream().map(Question::id).collect(Collectors.toSet());
        assertThat(offered).isNotEmpty().noneMatch(b -> reserveIds.contains(b.questionId()));
        assertThatThrownBy(() -> live.open(sessionId, "admin-penalty", reserveIds.iterator().next()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("live.error.question");
    }

    @Test
    void a_default_gift_export_leaves_the_reserve_out_and_an_explicit_one_keeps_it() {
        loginAs("admin");
        Course c = penalty();
        List<Question> exported = GiftFormat.read(GiftFormat.write(c.id(), c.questions())).questions();
        assertThat(exported).hasSameSizeAs(c.practiceQuestions()).noneMatch(Question::examOnly);
        assertThat(exported).extracting(Question::id)
                .doesNotContainAnyElementsOf(c.reserveQuestions().stream().map(Question::id).toList());
        assertThat(GiftFormat.read(GiftFormat.write(c.id(), c.questions(), true)).questions())
                .filteredOn(Question::examOnly).hasSameSizeAs(c.reserveQuestions());
    }

    @Test
    void an_exam_set_to_reserve_only_keeps_the_setting_and_draws_only_from_the_reserve() {
        loginAs("organizer");
        Long town = unit("tangpeng");
        List<Section> blueprint = List.of(Section.of(QuestionType.SINGLE, 40, 1),
                Section.of(QuestionType.MULTIPLE, 15, 2), Section.of(QuestionType.TRUEFALSE, 20, 1));
        ExamRecord exam = exams.create(new ExamSettings("备用题考试 " + UUID.randomUUID(), ExamKind.ANNUAL, town, null,
                Set.of(AudienceRule.unit(town)), TestClockConfig.NOW.plus(Duration.ofDays(300)),
                TestClockConfig.NOW.plus(Duration.ofDays(301)), null, null, 90, blueprint, Bands.DEFAULT, 3,
                Counting.HIGHEST, false, ReviewPolicy.AFTER_CLOSE, false, QuestionPool.RESERVE_ONLY));
        assertThat(exams.get(exam.id()).settings().pool()).isEqualTo(QuestionPool.RESERVE_ONLY);
        assertThat(exams.preview(exam.id())).hasSize(75).allMatch(p -> p.question().examOnly());

        var library = catalog.library();
        for (int seed = 0; seed < 20; seed++) {
            assertThat(PaperDrawer.draw(blueprint, QuestionPool.RESERVE_ONLY, library, new Random(seed)))
                    .allMatch(d -> d.question().examOnly());
        }
        // the default pool mixes both banks
        var mixed = PaperDrawer.draw(List.of(Section.of(QuestionType.SINGLE, 300, 1)), QuestionPool.PRACTICE_AND_RESERVE,
                library, new Random(1));
        assertThat(mixed).anyMatch(d -> d.question().examOnly()).anyMatch(d -> !d.question().examOnly());
        // more than the reserves hold is refused, saying so
        assertThatThrownBy(() -> exams.create(new ExamSettings("太大 " + UUID.randomUUID(), ExamKind.ANNUAL, town,
                null, Set.of(AudienceRule.unit(town)), TestClockConfig.NOW.plus(Duration.ofDays(300)),
                TestClockConfig.NOW.plus(Duration.ofDays(301)), null, null, 90,
                List.of(Section.of(QuestionType.MULTIPLE, 500, 1)), Bands.DEFAULT, 3, Counting.HIGHEST, false,
                ReviewPolicy.AFTER_CLOSE, false, QuestionPool.RESERVE_ONLY)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("exam.error.reserve-too-small");
    }

    @Test
    void a_blueprint_that_can_no_longer_be_filled_says_how_many_outdated_questions_were_skipped(@TempDir Path dir)
            throws Exception {
        CourseFixtures.copyOfCourses(dir);
        // every single-choice question of the course now cites the amended 2017 text
        Path bank = dir.resolve("admin-reconsideration/questions.yaml");
        String[] blocks = Files.readString(bank).split("\n(?=  - id: )");
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i].contains("type: single")) {
                blocks[i] = blocks[i].replace("law: admin-reconsideration-2023", "law: admin-reconsideration-2017");
            }
        }
        Files.writeString(bank, String.join("\n", blocks));
        var library = CourseFixtures.catalogOn(dir).library();
        Course course = library.courses().get("admin-reconsideration");
        int singles = (int) course.questions().stream().filter(q -> q.type() == QuestionType.SINGLE).count();
        int reserveSingles = (int) course.reserveQuestions().stream().filter(q -> q.type() == QuestionType.SINGLE)
                .count();
        assertThat(library.flaggedQuestions()).filteredOn(f -> f.courseId().equals("admin-reconsideration"))
                .hasSize(singles)
                .allMatch(f -> "admin-reconsideration-2023".equals(f.replacedBy()));
        Section section = new Section(QuestionType.SINGLE, 5, BigDecimal.ONE, List.of("admin-reconsideration"),
                List.of(), Set.of());

        assertThatThrownBy(() -> PaperDrawer.draw(List.of(section), QuestionPool.PRACTICE_AND_RESERVE, library,
                new Random(1))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exam.error.bank-too-small");
                    assertThat(e.args()).containsExactly("single", 5, 0, singles);
                });
        assertThatThrownBy(() -> PaperDrawer.draw(List.of(section), QuestionPool.RESERVE_ONLY, library,
                new Random(1))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exam.error.reserve-too-small");
                    assertThat(e.args()).containsExactly("single", 5, 0, reserveSingles);
                });
        assertThat(new Messages().getTranslation("exam.error.bank-too-small",
                Messages.ENGLISH, "single", 5, 0, singles))
                .contains(singles + " that fit were skipped because they cite amended or repealed law");
    }

}
