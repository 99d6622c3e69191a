package org.xuefa.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.ui.Card;
import org.xuefa.course.CompletionRow;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseFixtures;
import org.xuefa.course.CourseGroup;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.CourseStatus;
import org.xuefa.course.CourseStudy;
import org.xuefa.course.GiftFormat;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.hours.StudyHours;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.PostKind;
import org.xuefa.quiz.CourseQuizzes;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.QuizTestSupport;
import org.xuefa.security.Role;
import org.xuefa.support.Fixtures;

class CourseScreensTest extends KaribuTestBase {
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseStudy study;
    @Autowired
    StudyHours hours;
    @Autowired
    CourseQuizzes quizzes;
    @Autowired
    ExamTaking taking;

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    /** A cadre of a town of the test's own, so reading and finishing courses leaves the demo cadre as it was. */
    private Fixtures.Person newCadre(Long town) {
        return fixtures.newPerson(town, Role.CADRE);
    }

    @Test
    void the_catalogue_shows_courses_with_hours_and_progress() {
        loginAs("cadre");
        navigate("courses");
        _get(CatalogView.class);
        assertThat(text("course-admin-penalty")).contains("行政处罚法", "学时");
        assertThat(_find(Card.class)).hasSizeGreaterThanOrEqualTo(6);
        // the lesson's Markdown renders with its quotations and without anything executable
        navigate("courses/admin-penalty/lesson/1");
        assertThat(_get(Html.class).getInnerHtml()).contains("<blockquote")
                .doesNotContain("<script");
    }

    @Test
    void the_catalogue_shows_courses_in_groups_and_filters_by_group() {
        loginAs("cadre");
        navigate("courses");
        assertThat(text("course-group-enforcement-field")).contains("安全生产法", "土地管理法");
        assertThat(text("course-group-general-admin-law")).contains("行政处罚法");
        assertThat(text("course-cards")).contains("执法领域", "行政法总论", "宪法");
        @SuppressWarnings("unchecked")
        Select<CourseGroup> filter = _get(Select.class, s -> s.withId("course-group-filter"));
        filter.setValue(CourseGroup.ENFORCEMENT_FIELD);
        assertThat(_find(Card.class)).extracting(Card::getId).map(Optional::orElseThrow)
                .containsExactlyInAnyOrder("course-work-safety", "course-land-administration");
        filter.clear();
        assertThat(_find(Card.class)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void an_enforcement_post_is_suggested_the_enforcement_and_field_laws() {
        loginAs("cadre");
        List<String> suggested = study.suggestedForMe().stream().map(c -> c.course().id()).toList();
        assertThat(suggested).contains("work-safety", "land-administration").doesNotContain("letters-visits");
        navigate("");
        assertThat(text("card-study")).contains("建议您的岗位学习");
        assertThat(_find(RouterLink.class, s -> s.withId("suggested-work-safety"))
                .size() + _find(RouterLink.class, s -> s.withId("suggested-land-administration"))
                .size() + _find(RouterLink.class, s -> s.withId("suggested-admin-penalty"))
                .size() + _find(RouterLink.class, s -> s.withId("suggested-admin-licensing"))
                .size() + _find(RouterLink.class, s -> s.withId("suggested-admin-compulsion"))
                .size()).isPositive();
    }

    @Test
    void the_reader_shows_a_lesson_moves_on_and_comes_back_to_where_it_stopped() {
        Long town = fixtures.newTown().id();
        Fixtures.Person cadre = newCadre(town);
        // the course is for enforcement staff: the cadre holds an enforcement post
        fixtures.assign(fixtures.newPost(town, PostKind.ENFORCEMENT, 1, null), cadre.officialId(),
                AssignmentType.PRIMARY);
        loginAs(cadre.username());
        navigate("courses");
        _click(_get(Button.class, s -> s.withId("course-read-admin-compulsion")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("courses/admin-compulsion/lesson/1");
        assertThat(_get(Html.class).getInnerHtml()).contains("行政强制");
        _click(_get(Button.class, s -> s.withId("lesson-finish")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("courses/admin-compulsion/lesson/2");
        navigate("");
        navigate("courses");
        assertThat(_get(Button.class, s -> s.withId("course-read-admin-compulsion")).getText()).isEqualTo("继续学习");
        _click(_get(Button.class, s -> s.withId("course-read-admin-compulsion")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("courses/admin-compulsion/lesson/2");
    }

    @Test
    void finishing_the_last_lesson_completes_the_course_with_its_hours() {
        Long town = fixtures.newTown().id();
        Fixtures.Person cadre = newCadre(town);
        loginAs(cadre.username());
        int lessons = catalog.course("constitution-basics").orElseThrow().lessons().size();
        for (int n = 1; n <= lessons; n++) {
            navigate("courses/constitution-basics/lesson/" + n);
            _click(_get(Button.class, s -> s.withId("lesson-finish")));
        }
        // the last lesson leads back to the course's page, which says what is left
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("courses/constitution-basics");
        assertThat(_get(Span.class, s -> s.withId("course-state")).getText())
                .isEqualTo("课时已学完，请参加结业测验");
        _click(_get(Button.class, s -> s.withId("course-quiz")));
        // the quiz page asks before it starts the attempt
        _click(_get(Button.class, s -> s.withId("quiz-start")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("start-confirm")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).startsWith("attempts/");
        QuizTestSupport.passCourseQuiz(quizzes, taking, catalog, "constitution-basics");
        navigate("courses");
        assertThat(_get(Span.class, s -> s.withId("course-state-constitution-basics")).getText())
                .isEqualTo("已完成 · 获得 1 学时");
        assertThat(hours.myCreditsThisYear()).extracting(c -> c.source()).containsExactlyInAnyOrder("COURSE", "QUIZ");
        assertThat(hours.myCreditsThisYear()).filteredOn(c -> c.source().equals("COURSE")).singleElement().satisfies(c -> {
            assertThat(c.sourceRef()).isEqualTo("constitution-basics");
            assertThat(c.hours()).isEqualByComparingTo("1");
        });
        navigate("");
        assertThat(text("card-hours")).contains("本年度学时");
        loginAs(fixtures.newAccount(Role.ORGANIZER, town, null));
        navigate("course-completions");
        assertThat(_find(H1.class)).extracting(h -> h.getText()).contains("课程学习情况");
        @SuppressWarnings("unchecked")
        Grid<CompletionRow> grid = _get(Grid.class, s -> s.withId("completions-grid"));
        assertThat(GridKt._findAll(grid)).filteredOn(r -> r.courseId().equals("constitution-basics"))
                .singleElement().satisfies(r -> {
                    assertThat(r.completed()).isTrue();
                    assertThat(r.officialId()).isEqualTo(cadre.officialId());
                });
    }

    @Test
    void practice_shows_the_answer_explanation_and_source_after_answering() {
        loginAs("cadre");
        navigate("courses/admin-penalty/practice");
        PracticeView view = _get(PracticeView.class);
        Question q = catalog.course("admin-penalty").orElseThrow().questions().stream()
                .filter(x -> x.type() == QuestionType.SINGLE).findFirst().orElseThrow();
        view.useOrder(List.of(q));
        assertThat(_find(Paragraph.class, s -> s.withId("practice-source"))).isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> choices = _get(RadioButtonGroup.class, s -> s.withId("practice-choices"));
        Option wrong = q.options().stream().filter(o -> !q.answer().contains(o.key())).findFirst().orElseThrow();
        choices.setValue(wrong);
        _click(_get(Button.class, s -> s.withId("practice-check")));
        assertThat(text("practice-feedback")).contains("回答错误", "正确答案：" + q.answer().iterator().next(),
                q.explanation());
        assertThat(_get(Paragraph.class, s -> s.withId("practice-source")).getText())
                .isEqualTo("依据：《中华人民共和国行政处罚法》第 " + q.source().article() + " 条");
    }

    @Test
    void the_admin_screen_lists_every_course_and_reloads() {
        loginAs("admin");
        navigate("admin/courses");
        CourseAdminView view = _get(CourseAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<CourseStatus> grid = _get(Grid.class, s -> s.withId("course-status-grid"));
        assertThat(GridKt._findAll(grid)).hasSizeGreaterThanOrEqualTo(13).allMatch(CourseStatus::served)
                .allMatch(st -> st.reserveQuestions() >= 10 && st.practiceQuestions() >= 40);
        @SuppressWarnings("unchecked")
        Grid<CourseLibrary.FlaggedQuestion> flagged = _get(Grid.class, s -> s.withId("flagged-questions-grid"));
        assertThat(GridKt._findAll(flagged)).isEmpty();
        _click(_get(Button.class, s -> s.withId("courses-reload")));
        assertThat(GridKt._findAll(grid)).filteredOn(st -> st.id().equals("admin-penalty")).singleElement()
                .satisfies(st -> assertThat(st.errors()).isZero());
        assertThat(view).isNotNull();
    }

    @Test
    void a_gift_file_converts_to_yaml_with_its_problems_listed() {
        loginAs("admin");
        navigate("admin/courses");
        GiftImportPanel panel = _get(GiftImportPanel.class);
        panel.convert("::q1:: 行政处罚的设定应当遵循什么原则？ {=公正、公开 ~保密}\n\n::q2:: 配对 {=a -> b =c -> d}\n");
        assertThat(_get(Paragraph.class, s -> s.withId("gift-summary")).getText()).isEqualTo("读取到 1 道题目，2 个问题。");
        _get(Anchor.class, s -> s.withId("gift-yaml"));
        @SuppressWarnings("unchecked")
        Grid<GiftFormat.GiftProblem> problems = _get(Grid.class, s -> s.withId("gift-problems"));
        assertThat(GridKt._findAll(problems).stream().map(panel::message)).anyMatch(m -> m.contains("配对题"))
                .anyMatch(m -> m.contains("没有注明所依据的法律"));
    }

    @Test
    void on_a_copy_with_a_broken_question_the_admin_sees_the_error_and_the_rest_is_served(
            @TempDir Path dir) throws IOException {
        CourseFixtures.copyOfCourses(dir);
        CourseFixtures.breakFirstSingleAnswer(dir, "admin-penalty");
        CourseCatalog broken = CourseFixtures.catalogOn(dir);
        loginAs("admin");
        CourseAdminView view = new CourseAdminView(broken);
        UI.getCurrent().add(view);
        assertThat(GridKt._findAll(view.courses)).filteredOn(CourseStatus::served)
                .hasSize(GridKt._findAll(view.courses).size() - 1);
        assertThat(GridKt._findAll(view.problems)).anySatisfy(p -> {
            assertThat(p.file() + ":" + p.line()).startsWith("admin-penalty/questions.yaml:");
            assertThat(view.message(p)).contains("答案“Z”不在选项中");
        });
    }

    @Test
    void only_administrators_open_the_course_admin_screen() {
        loginAs("organizer");
        navigate("admin/courses");
        assertThatThrownBy(() -> _get(CourseAdminView.class)).isInstanceOf(AssertionError.class);
        loginAs("cadre");
        navigate("course-completions");
        assertThatThrownBy(() -> _get(CompletionsView.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void an_unknown_course_in_the_url_goes_back_to_the_catalogue() {
        loginAs("cadre");
        navigate("courses/no-such-course/lesson/1");
        _get(CatalogView.class);
        assertThat(_find(H3.class)).isNotEmpty();
    }
}
