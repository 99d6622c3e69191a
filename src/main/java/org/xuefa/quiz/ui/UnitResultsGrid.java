package org.xuefa.quiz.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import org.xuefa.quiz.ExamSummary;

/**
 * An exam's figures per unit: audience, sat, participation, pass and excellence rates, average score; "—" where
 * nothing was measured (nobody sat). Sortable by each column; the total is the footer.
 */
class UnitResultsGrid extends Grid<ExamSummary.UnitResult> {
    UnitResultsGrid() {
        setId("results-units");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(ExamSummary.UnitResult::unitName).setHeader(getTranslation("results.col.unit")).setAutoWidth(true)
                .setKey("unit").setComparator(ExamSummary.UnitResult::unitName)
                .setTooltipGenerator(ExamSummary.UnitResult::unitName);
        column("audience", u -> String.valueOf(u.audience()), Comparator.comparingInt(ExamSummary.UnitResult::audience));
        column("sat", u -> String.valueOf(u.sat()), Comparator.comparingInt(ExamSummary.UnitResult::sat));
        column("participation", u -> pct(u.participation()), rate(ExamSummary.UnitResult::participation));
        column("passRate", u -> pct(u.passRate()), rate(ExamSummary.UnitResult::passRate));
        column("excellence", u -> pct(u.excellence()), rate(ExamSummary.UnitResult::excellence));
        column("average", u -> u.average() == null ? "—" : u.average().toPlainString(),
                Comparator.comparing(ExamSummary.UnitResult::average, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** The units as rows, the total in the footer (so sorting never moves it). */
    void show(ExamSummary s) {
        setItems(s.units());
        setAllRowsVisible(true);
        FooterRow footer = getFooterRows().isEmpty() ? appendFooterRow() : getFooterRows().get(0);
        ExamSummary.UnitResult t = s.total();
        footer.getCell(getColumnByKey("unit")).setText(t.unitName());
        footer.getCell(getColumnByKey("audience")).setText(String.valueOf(t.audience()));
        footer.getCell(getColumnByKey("sat")).setText(String.valueOf(t.sat()));
        footer.getCell(getColumnByKey("participation")).setText(pct(t.participation()));
        footer.getCell(getColumnByKey("passRate")).setText(pct(t.passRate()));
        footer.getCell(getColumnByKey("excellence")).setText(pct(t.excellence()));
        footer.getCell(getColumnByKey("average")).setText(t.average() == null ? "—" : t.average().toPlainString());
    }

    private void column(String key, ValueProvider<ExamSummary.UnitResult, String> value,
            Comparator<ExamSummary.UnitResult> order) {
        addColumn(value).setHeader(getTranslation("results.col." + key)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setKey(key).setComparator(order);
    }

    private static Comparator<ExamSummary.UnitResult> rate(ValueProvider<ExamSummary.UnitResult, Double> rate) {
        return Comparator.comparing(rate, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** A rate in percent; "—" where nothing was measured. */
    static String pct(Double v) {
        return v == null ? "—" : BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
