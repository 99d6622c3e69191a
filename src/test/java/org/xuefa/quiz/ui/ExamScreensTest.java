package org.xuefa.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.ui.Card;
import org.xuefa.course.CourseCatalog;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.MyExam;
import org.xuefa.quiz.QuestionPool;
import org.xuefa.quiz.QuizTestSupport;
import org.xuefa.quiz.TakerPaper;

class ExamScreensTest extends KaribuTestBase {
    @Autowired
    ExamTaking taking;
    @Autowired
    CourseCatalog catalog;

    private MyExam open() {
        return taking.myExams().stream().filter(MyExam::open).findFirst().orElseThrow();
    }

    private String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<TakerPaper.Choice> radio() {
        return _get(RadioButtonGroup.class, s -> s.withId("exam-choices"));
    }

    /** Moves to the first single-choice or true-false question and returns the radio group. */
    private RadioButtonGroup<TakerPaper.Choice> firstRadioFrom(int start) {
        for (int i = start; i < 80; i++) {
            if (!_find(RadioButtonGroup.class, s -> s.withId("exam-choices")).isEmpty()) {
                return radio();
            }
            _click(_get(Button.class, s -> s.withId("exam-next")));
        }
        throw new AssertionError("no radio question");
    }

    @Test
    void a_cadre_starts_answers_comes_back_to_the_same_answers_and_submits() {
        Long me = official("TP-016");
        loginAsOfficial(me);
        navigate("exams");
        MyExam exam = open();
        _click(_get(Button.class, s -> s.withId("exam-open-" + exam.exam().id())));
        _click(_get(Button.class, s -> s.withId("exam-start")));
        assertThat(path()).as("starting spends an attempt: it asks first").startsWith("exams/");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("start-confirm")));
        assertThat(path()).startsWith("attempts/");
        String attemptPath = path();
        var radio = firstRadioFrom(0);
        // Karibu's _setValue acts as the user would: a change from the client, which saves on the server
        LocatorJ._setValue(radio,
                radio.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(Span.class, s -> s.withId("save-status")).getText()).startsWith("已保存 ");
        assertThat(_get(Span.class, s -> s.withId("exam-progress")).getText()).isEqualTo("已答 1 / 80");
        navigate("exams");
        navigate(attemptPath);
        assertThat(path()).isEqualTo(attemptPath);
        assertThat(_get(Span.class, s -> s.withId("exam-progress")).getText()).isEqualTo("已答 1 / 80");
        _click(_get(Button.class, s -> s.withId("exam-submit")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(path()).endsWith("/result");
        assertThat(_get(Span.class, s -> s.withId("result-band")).getText()).isIn("不合格", "合格", "良好", "优秀");
        // the review (allowed after submitting): one card per question, the taker's answer marked, the key shown
        List<Html> review = _find(Html.class).stream()
                .filter(h -> h.getElement().getClassList().contains("xf-review-item")).toList();
        assertThat(review).hasSize(80);
        assertThat(review.get(0).getInnerHtml()).startsWith("<h4>1. ").contains("☑ ").contains(" ✓</p>")
                .contains("依据：《");
        assertThat(review.get(1).getInnerHtml()).startsWith("<h4>2. ").doesNotContain("☑ ").contains("未作答");
    }

    @Test
    void while_taking_the_exam_nothing_sent_to_the_browser_reveals_the_key() {
        loginAs("cadre");
        Long attempt = taking.start(open().exam().id());
        navigate(AttemptView.route(attempt));
        List<String> secrets = secretsOf(attempt);
        for (int i = 0; i < 10; i++) {
            assertThat(KeyLeakInspector.leaks(UI.getCurrent(), secrets)).as("question " + (i + 1))
                    .isEmpty();
            _click(_get(Button.class, s -> s.withId("exam-next")));
        }
    }

    @Test
    void the_leak_inspector_catches_a_key_that_is_deliberately_exposed() {
        loginAs("cadre");
        Long attempt = taking.start(open().exam().id());
        navigate(AttemptView.route(attempt));
        var radio = firstRadioFrom(0);
        List<String> secrets = secretsOf(attempt);
        assertThat(KeyLeakInspector.size(UI.getCurrent())).as("the walk reaches the view").isGreaterThan(30);
        radio.getElement().getChild(0).setAttribute("data-correct", "true");
        assertThat(KeyLeakInspector.leaks(UI.getCurrent(), secrets)).isNotEmpty();
        radio.getElement().getChild(0).removeAttribute("data-correct");
        assertThat(KeyLeakInspector.leaks(UI.getCurrent(), secrets)).isEmpty();
        radio.setHelperText(secrets.get(0));
        assertThat(KeyLeakInspector.leaks(UI.getCurrent(), secrets)).isNotEmpty();
    }

    @Test
    void a_certificate_code_is_confirmed_to_anyone_and_a_wrong_code_is_unknown() {
        Long me = official("TP-051");
        loginAsOfficial(me);
        Long attempt = taking.start(open().exam().id());
        QuizTestSupport.answerAll(taking, catalog, attempt, true, 80);
        String code = taking.submit(attempt).certificateCode();
        assertThat(code).isNotNull();
        logout();
        FakeRequest request = (FakeRequest)
                VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, r) -> false);
        navigate("verify/" + code);
        String text = _get(VerifyView.class).getElement().getTextRecursively();
        assertThat(text).contains("苏建平", "2026 年度学法考试", "优秀", "有效");
        assertThat(text).doesNotContain("TP-051");
        navigate("verify/ABCD-EFGH-JKLM");
        _get(Paragraph.class, s -> s.withId("verify-unknown"));
    }

    @Test
    void the_organizer_voids_an_attempt_from_the_results() {
        // an attempt of the test's own: a new official of the town (the exam's audience) starts the open exam
        loginAsOfficial(fixtures.newOfficial(unit("office")).id());
        Long attempt = taking.start(open().exam().id());
        loginAs("organizer");
        var results = ctx.getBean(ExamResults.class);
        Long examId = open2026();
        navigate("manage/exams/" + examId + "/results");
        _get(Grid.class, s -> s.withId("results-attempts"));
        ctx.getBean(Exams.class).voidAttempt(attempt, "重复作答");
        assertThat(results.attempts(examId, 0, 1000)).filteredOn(a -> a.attemptId().equals(attempt)).singleElement()
                .satisfies(a -> assertThat(a.voidReason()).isEqualTo("重复作答"));
    }

    private Long open2026() {
        return ctx.getBean(Exams.class).inScope().stream().filter(e -> e.title().startsWith("2026"))
                .findFirst().orElseThrow().id();
    }

    @Test
    void the_navigator_jumps_to_the_question_clicked() {
        loginAs("cadre");
        Long attempt = taking.start(open().exam().id());
        navigate(AttemptView.route(attempt));
        var navigator = _get(Div.class, s -> s.withId("exam-navigator"));
        assertThat(navigator.getElement().getProperty("innerHTML")).contains("data-q=\"79\"");
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put("event.target.dataset.q", "41");
        ElementUtilsKt._fireDomEvent(navigator.getElement(),
                new DomEvent(navigator.getElement(), "click", data));
        assertThat(_get(H3.class, s -> s.withId("exam-stem")).getText())
                .isEqualTo(taking.paper(attempt).items().get(41).stem());
        assertThat(navigator.getElement().getProperty("innerHTML")).contains("xf-q-current\" data-q=\"41\"");
    }

    /** The explanations of the attempt's questions: shown only after submission, they would give the key away. */
    private List<String> secretsOf(Long attemptId) {
        var lib = catalog.library();
        List<String> secrets = new ArrayList<>();
        for (TakerPaper.Item item : taking.paper(attemptId).items()) {
            lib.courses().values().stream().flatMap(c -> c.questions().stream())
                    .filter(q -> q.stem().equals(item.stem())).findFirst()
                    .ifPresent(q -> secrets.add(q.explanation()));
        }
        return secrets;
    }

    @Test
    void the_cadre_start_page_offers_the_open_exam() {
        loginAs("cadre");
        navigate("");
        assertThat(_get(Card.class, s -> s.withId("card-exams")).getElement().getTextRecursively()).contains("年度学法考试");
    }

    @Test
    void the_organizer_sees_exams_results_and_item_analysis() {
        loginAs("organizer");
        navigate("manage/exams");
        @SuppressWarnings("unchecked")
        Grid<ExamRecord> grid = _get(Grid.class, s -> s.withId("exams-grid"));
        ExamRecord past = GridKt._findAll(grid).stream().filter(e -> e.title().startsWith("2025")).findFirst()
                .orElseThrow();
        navigate("manage/exams/" + past.id() + "/results");
        @SuppressWarnings("unchecked")
        Grid<ExamSummary.UnitResult> units = _get(Grid.class, s -> s.withId("results-units"));
        assertThat(GridKt._findAll(units)).anyMatch(u -> u.unitName().equals("综合执法大队"));
        assertThat(units.getColumns()).extracting(Grid.Column::getHeaderText).contains("参考率", "合格率", "优秀率");
        _get(Grid.class, s -> s.withId("results-items"));
    }

    @Test
    void the_organizer_creates_a_draft_exam_with_the_default_paper() {
        loginAs("organizer");
        navigate("manage/exams");
        _click(_get(Button.class, s -> s.withId("exam-new")));
        LocatorJ._setValue(
                _get(TextField.class, s -> s.withId("exam-title")), "专项测试考试");
        @SuppressWarnings("unchecked")
        var units = _get(MultiSelectComboBox.class,
                s -> s.withLabel("参考单位（含下级）"));
        units.setValue(Set.of(units.getListDataView().getItems().findFirst().orElseThrow()));
        _click(_get(Button.class, s -> s.withId("exam-save")));
        @SuppressWarnings("unchecked")
        Grid<ExamRecord> grid = _get(Grid.class, s -> s.withId("exams-grid"));
        assertThat(GridKt._findAll(grid)).anyMatch(e -> e.title().equals("专项测试考试")
                && e.maxScore().compareTo(BigDecimal.valueOf(100)) == 0);
    }

    @Test
    void the_organizer_sets_an_exam_to_draw_from_the_exam_only_reserve() {
        loginAs("organizer");
        navigate("manage/exams");
        _click(_get(Button.class, s -> s.withId("exam-new")));
        LocatorJ._setValue(
                _get(TextField.class, s -> s.withId("exam-title")), "备用题专项考试");
        @SuppressWarnings("unchecked")
        var pool = (Select<QuestionPool>) _get(
                Select.class, s -> s.withId("exam-pool"));
        assertThat(pool.getValue()).isEqualTo(QuestionPool.PRACTICE_AND_RESERVE);
        assertThat(pool.getListDataView().getItems()).containsExactly(QuestionPool.PRACTICE_AND_RESERVE,
                QuestionPool.RESERVE_ONLY);
        assertThat(pool.getItemLabelGenerator().apply(QuestionPool.RESERVE_ONLY)).isEqualTo("仅考试专用备用题");
        pool.setValue(QuestionPool.RESERVE_ONLY);
        @SuppressWarnings("unchecked")
        var units = _get(MultiSelectComboBox.class,
                s -> s.withLabel("参考单位（含下级）"));
        units.setValue(Set.of(units.getListDataView().getItems().findFirst().orElseThrow()));
        _click(_get(Button.class, s -> s.withId("exam-save")));
        @SuppressWarnings("unchecked")
        Grid<ExamRecord> grid = _get(Grid.class, s -> s.withId("exams-grid"));
        assertThat(GridKt._findAll(grid)).anyMatch(e -> e.title().equals("备用题专项考试")
                && e.settings().pool() == QuestionPool.RESERVE_ONLY);
    }
}
