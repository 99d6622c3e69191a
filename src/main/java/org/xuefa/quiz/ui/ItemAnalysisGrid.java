package org.xuefa.quiz.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import org.xuefa.quiz.ItemStat;

/**
 * The item analysis of an exam: per question its takers, facility, discrimination and a flag to review it; a
 * question with too few answers says so instead of showing figures. Sortable by its columns.
 */
class ItemAnalysisGrid extends Grid<ItemStat> {
    ItemAnalysisGrid() {
        setId("results-items");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(i -> i.courseId() + "/" + i.questionId()).setHeader(getTranslation("results.col.question"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(i -> i.courseId() + "/" + i.questionId());
        addColumn(ItemStat::stem).setHeader(getTranslation("results.col.stem")).setFlexGrow(1)
                .setTooltipGenerator(ItemStat::stem);
        addColumn(ItemStat::takers).setHeader(getTranslation("results.col.takers")).setAutoWidth(true)
                .setFlexGrow(0).setComparator(Comparator.comparingInt(ItemStat::takers));
        addColumn(i -> i.measured() ? String.format("%.2f", i.facility()) : "—")
                .setHeader(getTranslation("results.col.facility")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(ItemStat::facility,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        addColumn(i -> i.discrimination() == null ? "—" : String.format("%.2f", i.discrimination()))
                .setHeader(getTranslation("results.col.discrimination")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(ItemStat::discrimination,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        addColumn(i -> i.suspicious() ? getTranslation("results.review")
                : i.measured() ? "" : getTranslation("results.items.tooFew"))
                .setHeader(getTranslation("results.col.flag")).setAutoWidth(true).setFlexGrow(0);
    }
}
