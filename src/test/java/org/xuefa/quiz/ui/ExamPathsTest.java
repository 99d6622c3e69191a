package org.xuefa.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;
import org.xuefa.quiz.Bands;
import org.xuefa.quiz.Counting;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamSettings;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.ReviewPolicy;
import org.xuefa.quiz.Section;
import org.xuefa.security.Role;
import org.xuefa.support.Fixtures;

/** The cadre's way through an exam: breadcrumbs back on each page, the folding answer sheet, review only when allowed. */
class ExamPathsTest extends KaribuTestBase {
    @Autowired
    Exams exams;
    @Autowired
    ExamTaking taking;

    @Test
    void my_exams_offers_the_review_only_once_the_exam_allows_it_and_exam_pages_lead_back() {
        Long town = fixtures.newTown().id();
        String organizer = fixtures.newAccount(Role.ORGANIZER, town, null);
        Fixtures.Person cadre = fixtures.newPerson(town, Role.CADRE);
        Instant now = clock.instant();
        ExamRecord exam = fixtures.as(organizer, () -> {
            ExamRecord e = exams.create(new ExamSettings("回顾测试 " + Fixtures.unique(), ExamKind.ANNUAL, town, null,
                    Set.of(AudienceRule.unit(town)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
                    null, null, 30, List.of(Section.of(QuestionType.SINGLE, 5, 20)), Bands.DEFAULT, 3,
                    Counting.HIGHEST, false, ReviewPolicy.AFTER_CLOSE, false));
            exams.publish(e.id(), e.version());
            return e;
        });
        loginAs(cadre.username());
        navigate("exams/" + exam.id());
        assertThat(_get(Nav.class, s -> s.withClasses("xf-crumbs")).getElement().getTextRecursively())
                .isEqualTo("学法考试 › " + exam.title());
        Long attempt = taking.start(exam.id());
        navigate("attempts/" + attempt);
        assertThat(_get(RouterLink.class, s -> s.withId("exam-crumb-back")).getHref()).isEqualTo("exams");
        assertThat(_get(Details.class, s -> s.withId("exam-sheet")).getSummaryText()).isEqualTo("答题卡");
        taking.submit(attempt);
        navigate("attempts/" + attempt + "/result");
        assertThat(_get(RouterLink.class, s -> s.withId("exam-crumb-back")).getHref()).isEqualTo("exams");

        navigate("exams");
        RouterLink result = _get(RouterLink.class, s -> s.withId("exam-result-" + exam.id()));
        assertThat(result.getText()).as("the exam is still open: no review yet").isEqualTo("查看成绩");
        clock.advance(Duration.ofDays(3));
        navigate("exams");
        assertThat(_get(RouterLink.class, s -> s.withId("exam-result-" + exam.id())).getText())
                .isEqualTo("查看成绩与答题解析");
    }
}
