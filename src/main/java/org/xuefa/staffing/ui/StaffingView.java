package org.xuefa.staffing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Labels;
import org.xuefa.people.PostSnapshot.Holder;
import org.xuefa.security.Roles;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.staffing.StaffingReport;
import org.xuefa.staffing.StaffingRow;

/** The staffing-gap report: the town's sentence at the top, the figures below, the people on a click. */
@Route("staffing")
@Menu(title = "menu.staffing", order = 30, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.HR, Roles.LEADER, Roles.ADMIN})
public class StaffingView extends VerticalLayout implements HasDynamicTitle {
    private final Grid<StaffingRow> grid = new Grid<>();

    public StaffingView(StaffingGapReport staffing, Messages messages) {
        addClassName("xf-page");
        setSizeFull();
        StaffingReport report = staffing.today();

        H1 title = new H1(getTranslation("staffing.title"));
        Span asOf = new Span(getTranslation("staffing.asOf", Labels.date(report.date())));
        asOf.addClassName("xf-muted");
        Anchor csv = new Anchor("/export/staffing-gaps.csv", getTranslation("staffing.export.csv"));
        csv.setId("export-csv");
        csv.getElement().setAttribute("download", true);
        csv.setRouterIgnore(true);
        Anchor xlsx = new Anchor("/export/staffing-gaps.xlsx", getTranslation("staffing.export.xlsx"));
        xlsx.setId("export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setRouterIgnore(true);
        HorizontalLayout toolbar = new HorizontalLayout(title, asOf, csv, xlsx);
        toolbar.addClassName("xf-toolbar");
        add(toolbar);

        List<String> sentences = StaffingGapReport.sentences(report, messages, getLocale());
        Div summary = new Div();
        summary.setId("staffing-summary");
        summary.addClassName("xf-sentences");
        if (sentences.isEmpty()) {
            summary.add(new Paragraph(getTranslation("staffing.noGaps")));
        } else {
            sentences.forEach(s -> summary.add(new Paragraph(s)));
        }
        add(summary);

        grid.setId("staffing-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.unitName(getLocale())).setHeader(getTranslation("staffing.col.unit")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(r -> Labels.of("postKind", r.kind())).setHeader(getTranslation("staffing.col.postKind"))
                .setAutoWidth(true);
        number(StaffingRow::established, "established");
        number(StaffingRow::filled, "filled");
        grid.addComponentColumn(r -> {
            Span s = new Span(String.valueOf(r.vacant()));
            s.addClassName(r.vacant() > 0 ? "xf-gap" : "xf-ok");
            return s;
        }).setHeader(getTranslation("staffing.col.vacant")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        number(StaffingRow::contract, "contract");
        number(StaffingRow::concurrent, "concurrent");
        if (report.anyCredentialRequired()) {
            number(StaffingRow::certified, "certified");
            number(StaffingRow::filledUncertified, "filledUncertified");
            number(StaffingRow::concurrentUncertified, "concurrentUncertified");
            number(StaffingRow::trainable, "trainable");
            number(StaffingRow::needsRecruitment, "recruit");
            number(StaffingRow::expiringSoon, "expiringSoon");
        }
        grid.addComponentColumn(r -> {
            Button people = new Button(getTranslation("staffing.people"), e -> showPeople(r));
            people.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return people;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(report.rows());
        grid.addItemDoubleClickListener(e -> showPeople(e.getItem()));
        grid.setMinHeight("20rem");
        add(grid);
        setFlexGrow(1, grid);
    }

    private void number(ValueProvider<StaffingRow, Integer> value, String key) {
        grid.addColumn(value).setHeader(getTranslation("staffing.col." + key)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void showPeople(StaffingRow row) {
        Dialog dialog = new Dialog(row.unitName(getLocale()) + " · " + Labels.of("postKind", row.kind()));
        dialog.setId("staffing-people");
        Grid<Holder> people = new Grid<>();
        people.addColumn(Holder::name).setHeader(getTranslation("official.name")).setAutoWidth(true);
        people.addColumn(Holder::staffNumber).setHeader(getTranslation("official.staffNumber")).setAutoWidth(true);
        people.addColumn(Holder::homeUnitName).setHeader(getTranslation("official.unit")).setAutoWidth(true);
        people.addColumn(h -> Labels.of("employment", h.employmentType()))
                .setHeader(getTranslation("official.employmentType")).setAutoWidth(true);
        people.addColumn(h -> Labels.of("assignmentType", h.assignmentType()))
                .setHeader(getTranslation("assignment.type")).setAutoWidth(true);
        people.addColumn(h -> Labels.date(h.since())).setHeader(getTranslation("assignment.start")).setAutoWidth(true);
        people.setItems(row.holders());
        people.setAllRowsVisible(true);
        people.setMinWidth("min(90vw, 48rem)");
        dialog.add(row.holders().isEmpty() ? new Paragraph(getTranslation("staffing.nobody")) : people);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffing.title") + " · 学法";
    }
}
