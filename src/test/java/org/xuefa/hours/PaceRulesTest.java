package org.xuefa.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.xuefa.hours.PaceRules.Standing;

class PaceRulesTest {
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-02T02:00:00Z"), ZoneOffset.ofHours(8));

    @Test
    void the_pace_is_the_requirement_times_the_share_of_the_year_gone() {
        LocalDate midYear = LocalDate.now(clock); // 2 July 2026, day 183 of 365
        assertThat(PaceRules.expected(FIFTY, midYear)).isEqualByComparingTo("25.07");
        assertThat(PaceRules.expected(FIFTY, LocalDate.of(2026, 12, 31))).isEqualByComparingTo("50");
    }

    @Test
    void whoever_has_the_pace_or_more_is_on_pace_and_the_requirement_met_is_met() {
        LocalDate d = LocalDate.now(clock);
        assertThat(PaceRules.standing(FIFTY, new BigDecimal("25.07"), BigDecimal.ZERO, d)).isEqualTo(Standing.ON_PACE);
        assertThat(PaceRules.standing(FIFTY, FIFTY, BigDecimal.ZERO, d)).isEqualTo(Standing.MET);
    }

    @Test
    void behind_pace_but_the_recent_rate_closes_the_gap_by_december() {
        // 20 earned, 15 in the last 90 days: 15/90 a day over the 182 days left adds 30.33, so 50.33
        LocalDate d = LocalDate.now(clock);
        assertThat(PaceRules.standing(FIFTY, BigDecimal.valueOf(20), BigDecimal.valueOf(15), d))
                .isEqualTo(Standing.BEHIND);
    }

    @Test
    void behind_pace_and_the_recent_rate_would_not_close_it_cannot_make_it() {
        LocalDate d = LocalDate.of(2026, 11, 26); // 35 days left
        assertThat(PaceRules.projected(BigDecimal.valueOf(20), BigDecimal.valueOf(9), d)).isEqualByComparingTo("23.5");
        assertThat(PaceRules.standing(FIFTY, BigDecimal.valueOf(20), BigDecimal.valueOf(9), d))
                .isEqualTo(Standing.CANNOT_MAKE_IT);
        assertThat(PaceRules.standing(FIFTY, BigDecimal.valueOf(40), BigDecimal.valueOf(30), d))
                .isEqualTo(Standing.BEHIND);
    }

    @Test
    void a_five_year_requirement_counts_a_fifth_a_year() {
        var county = new Requirement(2026, null, RequirementKind.TRAINING, BigDecimal.valueOf(550), 5, false, 0);
        assertThat(county.perYear()).isEqualByComparingTo("110");
    }
}
