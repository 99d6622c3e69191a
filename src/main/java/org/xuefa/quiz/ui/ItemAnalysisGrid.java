package org.xuefa.quiz.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.xuefa.quiz.ItemStat;

/** The item analysis of an exam: per question its takers, facility, discrimination and a flag to review it. */
class ItemAnalysisGrid extends Grid<ItemStat> {
    ItemAnalysisGrid() {
        setId("results-items");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(i -> i.courseId() + "/" + i.questionId()).setHeader(getTranslation("results.col.question"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(ItemStat::stem).setHeader(getTranslation("results.col.stem")).setFlexGrow(1);
        addColumn(ItemStat::takers).setHeader(getTranslation("results.col.takers")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(i -> String.format("%.2f", i.facility())).setHeader(getTranslation("results.col.facility"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> i.discrimination() == null ? "—" : String.format("%.2f", i.discrimination()))
                .setHeader(getTranslation("results.col.discrimination")).setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> i.suspicious() ? getTranslation("results.review") : "")
                .setHeader(getTranslation("results.col.flag")).setAutoWidth(true).setFlexGrow(0);
    }
}
