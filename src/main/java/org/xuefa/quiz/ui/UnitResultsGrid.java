package org.xuefa.quiz.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.xuefa.quiz.ExamSummary;

/** An exam's figures per unit: audience, sat, participation, pass and excellence rates, average score. */
class UnitResultsGrid extends Grid<ExamSummary.UnitResult> {
    UnitResultsGrid() {
        setId("results-units");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(ExamSummary.UnitResult::unitName).setHeader(getTranslation("results.col.unit")).setAutoWidth(true);
        column("audience", u -> String.valueOf(u.audience()));
        column("sat", u -> String.valueOf(u.sat()));
        column("participation", u -> pct(u.participation()));
        column("passRate", u -> pct(u.passRate()));
        column("excellence", u -> pct(u.excellence()));
        column("average", u -> u.average() == null ? "" : u.average().toPlainString());
    }

    private void column(String key, ValueProvider<ExamSummary.UnitResult, String> value) {
        addColumn(value).setHeader(getTranslation("results.col." + key)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private static String pct(double v) {
        return BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
