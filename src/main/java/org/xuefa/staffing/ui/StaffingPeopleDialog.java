package org.xuefa.staffing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.xuefa.base.ui.Labels;
import org.xuefa.staffing.StaffingHolder;
import org.xuefa.staffing.StaffingRow;

/** Who does the work of one row: one unit's posts of a kind, read when opened. */
final class StaffingPeopleDialog {
    private StaffingPeopleDialog() {
    }

    static Dialog open(StaffingRow row, List<StaffingHolder> holders) {
        Dialog dialog = new Dialog(row.unitName(UI.getCurrent().getLocale()) + " · " + Labels.of("postKind", row.kind()));
        dialog.setId("staffing-people");
        Grid<StaffingHolder> people = new Grid<>();
        people.addColumn(StaffingHolder::name).setHeader(dialog.getTranslation("official.name")).setAutoWidth(true);
        people.addColumn(StaffingHolder::staffNumber).setHeader(dialog.getTranslation("official.staffNumber"))
                .setAutoWidth(true);
        people.addColumn(StaffingHolder::homeUnitName).setHeader(dialog.getTranslation("official.unit"))
                .setAutoWidth(true);
        people.addColumn(h -> Labels.of("employment", h.employmentType()))
                .setHeader(dialog.getTranslation("official.employmentType")).setAutoWidth(true);
        people.addColumn(h -> Labels.of("assignmentType", h.assignmentType()))
                .setHeader(dialog.getTranslation("assignment.type")).setAutoWidth(true);
        people.addColumn(h -> Labels.date(h.since())).setHeader(dialog.getTranslation("assignment.start"))
                .setAutoWidth(true);
        people.setItems(holders);
        people.setAllRowsVisible(true);
        people.setMinWidth("min(90vw, 48rem)");
        dialog.add(holders.isEmpty() ? new Paragraph(dialog.getTranslation("staffing.nobody")) : people);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
