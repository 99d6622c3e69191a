package org.xuefa.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.UnitKind;
import org.xuefa.quiz.Bands;
import org.xuefa.quiz.Counting;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamSettings;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.ReviewPolicy;
import org.xuefa.quiz.Section;
import org.xuefa.security.Role;

/**
 * Honest figures on an exam's results: a unit where nobody sat shows "—" for its rates, not 0.0 %, who has not
 * sat is a lazy list from the database, and the item analysis says below which number of answers it judges nothing.
 */
class ExamResultsScreenTest extends KaribuTestBase {

    @Test
    void a_unit_where_nobody_sat_shows_no_pass_rate_and_the_lists_come_from_the_database() {
        Long town = fixtures.newTown().id();
        Long office = fixtures.newUnit(town, UnitKind.OFFICE).id();
        var sat = fixtures.newOfficial(town);
        for (int i = 0; i < 3; i++) {
            fixtures.newOfficial(office);
        }
        Exams exams = ctx.getBean(Exams.class);
        ExamRecord exam = fixtures.asAdmin(() -> {
            ExamRecord e = exams.create(new ExamSettings("诚实数字 " + UUID.randomUUID(), ExamKind.ANNUAL, town, null,
                    Set.of(AudienceRule.unit(town)), TestClockConfig.NOW.minus(Duration.ofHours(1)),
                    TestClockConfig.NOW.plus(Duration.ofDays(7)), null, null, 60,
                    List.of(Section.of(QuestionType.SINGLE, 5, 1)), Bands.DEFAULT, 3, Counting.HIGHEST, false,
                    ReviewPolicy.AFTER_SUBMIT, false));
            return exams.publish(e.id(), e.version());
        });
        fixtures.asAdmin(() -> exams.recordPaperResult(exam.id(), sat.id(), BigDecimal.valueOf(5),
                TestClockConfig.NOW.minusSeconds(600)));
        loginAs(fixtures.newAccount(Role.ORGANIZER, town, null));

        ExamSummary summary = ctx.getBean(ExamResults.class).summary(exam.id());
        assertThat(summary.total().audience()).isEqualTo(4);
        assertThat(summary.total().sat()).isEqualTo(1);
        assertThat(summary.notSatCount()).isEqualTo(3);

        navigate("manage/exams/" + exam.id() + "/results");
        @SuppressWarnings("unchecked")
        Grid<ExamSummary.UnitResult> units = _get(Grid.class, s -> s.withId("results-units"));
        ExamSummary.UnitResult nobodySat = GridKt._findAll(units).stream().filter(u -> u.sat() == 0).findFirst()
                .orElseThrow();
        // unit, audience, sat, participation (measured: nobody of 3), pass rate, excellence, average
        assertThat(GridKt._getFormattedRow(units, GridKt._findAll(units).indexOf(nobodySat)))
                .as("a unit where nobody sat").containsExactly(nobodySat.unitName(), "3", "0", "0.0%", "—", "—", "—");
        assertThat(units.getFooterRows().get(0).getCell(units.getColumnByKey("sat")).getText()).as("the total")
                .isEqualTo("1");
        assertThat(units.getFooterRows().get(0).getCell(units.getColumnByKey("participation")).getText())
                .isEqualTo("25.0%");
        @SuppressWarnings("unchecked")
        Grid<ExamSummary.Person> notSat = _get(Grid.class, s -> s.withId("results-not-sat"));
        assertThat(GridKt._size(notSat)).isEqualTo(3);
        assertThat(_get(Paragraph.class, s -> s.withId("results-items-minimum")).getText()).contains("20");
    }
}
