package org.xuefa.studyplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionStatus;

/** The plan's arithmetic: quarters met, short, open and future against the sessions held. */
class PlanRulesTest {
    @Test
    void a_past_quarter_below_plan_falls_short_the_current_one_is_open_and_later_ones_are_future() {
        List<PlanTarget> plan = List.of(PlanTarget.perQuarter(SessionKind.LEADERSHIP_COLLECTIVE, 1),
                PlanTarget.perYear(SessionKind.LECTURE, 2));
        List<PlanRules.Fact> held = List.of(
                new PlanRules.Fact(SessionKind.LEADERSHIP_COLLECTIVE, LocalDate.of(2026, 2, 10), SessionStatus.CLOSED),
                new PlanRules.Fact(SessionKind.LEADERSHIP_COLLECTIVE, LocalDate.of(2026, 5, 10), SessionStatus.CANCELLED),
                new PlanRules.Fact(SessionKind.LEADERSHIP_COLLECTIVE, LocalDate.of(2026, 8, 10), SessionStatus.CLOSED),
                new PlanRules.Fact(SessionKind.LECTURE, LocalDate.of(2026, 3, 1), SessionStatus.CLOSED),
                new PlanRules.Fact(SessionKind.LECTURE, LocalDate.of(2026, 12, 1), SessionStatus.SCHEDULED),
                new PlanRules.Fact(SessionKind.THEMATIC, LocalDate.of(2026, 5, 1), SessionStatus.CLOSED));
        var rows = PlanRules.evaluate(plan, held, 2026, LocalDate.of(2026, 8, 20));
        var leadership = rows.stream().filter(r -> r.kind() == SessionKind.LEADERSHIP_COLLECTIVE).findFirst().orElseThrow();
        assertThat(leadership.quarters()).containsExactly(PeriodStatus.MET, PeriodStatus.SHORT, PeriodStatus.MET,
                PeriodStatus.FUTURE);
        assertThat(leadership.held()).containsExactly(1, 0, 1, 0);
        assertThat(leadership.requiredInYear()).isEqualTo(4);
        assertThat(leadership.year()).isEqualTo(PeriodStatus.OPEN);
        var lecture = rows.stream().filter(r -> r.kind() == SessionKind.LECTURE).findFirst().orElseThrow();
        assertThat(lecture.quarters()).containsOnly(PeriodStatus.NONE);
        assertThat(lecture.scheduled()).containsExactly(0, 0, 0, 1);
        assertThat(lecture.year()).isEqualTo(PeriodStatus.OPEN);
        assertThat(rows).anyMatch(r -> r.kind() == SessionKind.THEMATIC && r.year() == PeriodStatus.NONE);
        assertThat(PlanRules.shortQuarters(rows)).containsExactly(2);
        // once the year is over, an unmet yearly target falls short too
        var after = PlanRules.evaluate(plan, held, 2026, LocalDate.of(2027, 1, 5));
        assertThat(after).filteredOn(r -> r.kind() == SessionKind.LECTURE).singleElement()
                .satisfies(r -> assertThat(r.year()).isEqualTo(PeriodStatus.SHORT));
        assertThat(PlanRules.shortQuarters(after)).containsExactly(2, 4);
    }
}
