package org.xuefa.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuefa.hours.UnitCompliance;

/** The shortfall "units below the pass rate" states the line the report was written with (xuefa.reports.pass-line). */
class AnnualDraftPassLineTest {

    private static AnnualFacts facts(double passLine) {
        return new AnnualFacts("t", "测试镇", 2026, LocalDate.of(2026, 11, 26), List.of(), null,
                new UnitCompliance(null, null, 0, 3, 1, 2, 0, BigDecimal.TEN, BigDecimal.ONE), List.of(), Map.of(), 0,
                List.of(), List.of("综合执法大队"), passLine);
    }

    private static String shortfalls(AnnualFacts f) {
        return String.join("\n", AnnualDraft.sections(f).get(5).paragraphs());
    }

    @Test
    void the_shortfall_names_the_units_under_the_configured_line() {
        assertThat(shortfalls(facts(AnnualFacts.PASS_LINE))).contains("综合执法大队年度学法考试合格率低于 90.0%");
        assertThat(shortfalls(facts(0.8))).contains("综合执法大队年度学法考试合格率低于 80.0%");
    }
}
