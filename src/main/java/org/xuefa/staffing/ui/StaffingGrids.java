package org.xuefa.staffing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Consumer;
import org.xuefa.base.ui.Labels;
import org.xuefa.staffing.StaffingRow;
import org.xuefa.staffing.StaffingSum;
import org.xuefa.staffing.StaffingSum.Figures;

/** The two grids of the staffing screen: summed rows per child of a level, and rows per unit and post kind. */
final class StaffingGrids {
    private StaffingGrids() {
    }

    /** One row per child (and the unit's own posts); a click opens the child. */
    static Grid<StaffingSum> sums(boolean credentials, Consumer<StaffingSum> open) {
        Grid<StaffingSum> grid = grid("staffing-rollup");
        grid.addColumn(s -> s.own() ? grid.getTranslation("staffing.own", s.unitName(UI.getCurrent().getLocale()))
                : s.unitName(UI.getCurrent().getLocale())).setHeader(grid.getTranslation("staffing.col.unit"))
                .setAutoWidth(true).setFlexGrow(2);
        figures(grid, StaffingSum::figures, credentials);
        grid.addColumn(s -> s.figures().gaps()).setHeader(grid.getTranslation("staffing.col.gaps"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button button = new Button(grid.getTranslation("staffing.open"), e -> open.accept(s));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setVisible(s.drillable());
            return button;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        return grid;
    }

    /** Rows per unit and post kind, lazily filled by the caller; the people of a row on a click. */
    static Grid<StaffingRow> rows(boolean credentials, Consumer<StaffingRow> people) {
        Grid<StaffingRow> grid = grid("staffing-grid");
        grid.addColumn(r -> r.unitName(UI.getCurrent().getLocale())).setHeader(grid.getTranslation("staffing.col.unit"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(r -> Labels.of("postKind", r.kind())).setHeader(grid.getTranslation("staffing.col.postKind"))
                .setAutoWidth(true);
        figures(grid, r -> new Figures(r.established(), r.filled(), r.vacant(), r.contract(), r.concurrent(),
                r.certified(), r.filledUncertified(), r.concurrentUncertified(), r.trainable(), r.needsRecruitment(),
                r.expiringSoon(), r.hasGap() ? 1 : 0), credentials);
        grid.addComponentColumn(r -> {
            Button button = new Button(grid.getTranslation("staffing.people"), e -> people.accept(r));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return button;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> people.accept(e.getItem()));
        return grid;
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMinHeight("20rem");
        return grid;
    }

    private static <T> void figures(Grid<T> grid, ValueProvider<T, Figures> f, boolean credentials) {
        number(grid, t -> f.apply(t).established(), "established");
        number(grid, t -> f.apply(t).filled(), "filled");
        grid.addComponentColumn(t -> {
            int vacant = f.apply(t).vacant();
            Span s = new Span(String.valueOf(vacant));
            s.addClassName(vacant > 0 ? "xf-gap" : "xf-ok");
            return s;
        }).setHeader(grid.getTranslation("staffing.col.vacant")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        number(grid, t -> f.apply(t).contract(), "contract");
        number(grid, t -> f.apply(t).concurrent(), "concurrent");
        if (credentials) {
            number(grid, t -> f.apply(t).certified(), "certified");
            number(grid, t -> f.apply(t).filledUncertified(), "filledUncertified");
            number(grid, t -> f.apply(t).concurrentUncertified(), "concurrentUncertified");
            number(grid, t -> f.apply(t).trainable(), "trainable");
            number(grid, t -> f.apply(t).needsRecruitment(), "recruit");
            number(grid, t -> f.apply(t).expiringSoon(), "expiringSoon");
        }
    }

    private static <T> void number(Grid<T> grid, ValueProvider<T, Integer> value, String key) {
        grid.addColumn(value).setHeader(grid.getTranslation("staffing.col." + key)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
