package org.xuefa.studyreport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.function.ToIntFunction;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Times;
import org.xuefa.study.ui.shared.ReportFormat;
import org.xuefa.studyreport.PersonOrder;
import org.xuefa.studyreport.PersonReportRow;
import org.xuefa.studyreport.SessionReportRow;
import org.xuefa.studyreport.UnitReportRow;

/** The three report grids: columns only; the view gives them their items. */
final class AttendanceGrids {
    private AttendanceGrids() {
    }

    static Grid<SessionReportRow> sessions(ZoneId zone) {
        Grid<SessionReportRow> g = grid("attendance-sessions");
        g.addColumn(r -> Times.date(r.startsAt())).setHeader(h(g, "date")).setAutoWidth(true)
                .setFlexGrow(0);
        g.addComponentColumn(r -> new RouterLink(r.title(), SessionMakeupView.class,
                new RouteParameters("sessionId", String.valueOf(r.sessionId())))).setHeader(h(g, "session"))
                .setWidth("11rem").setFlexGrow(3).setTooltipGenerator(SessionReportRow::title);
        g.addColumn(r -> Labels.of("sessionKind", r.kind())).setHeader(h(g, "kind")).setWidth("7rem").setFlexGrow(1)
                .setTooltipGenerator(r -> Labels.of("sessionKind", r.kind()));
        g.addColumn(SessionReportRow::unitName).setHeader(h(g, "unit")).setWidth("7rem").setFlexGrow(1)
                .setTooltipGenerator(SessionReportRow::unitName);
        number(g, "invited", SessionReportRow::invited);
        number(g, "present", SessionReportRow::present);
        number(g, "late", SessionReportRow::late);
        number(g, "excused", SessionReportRow::excused);
        number(g, "absent", SessionReportRow::absent);
        g.addColumn(r -> ReportFormat.rate(r.rate())).setHeader(h(g, "rate")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        g.addColumn(r -> ReportFormat.ofTotal(r.makeupDone(), r.makeupTotal())).setHeader(h(g, "makeup"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        return g;
    }

    static Grid<PersonReportRow> people(int flagAt) {
        Grid<PersonReportRow> g = grid("attendance-people");
        g.addColumn(PersonReportRow::name).setHeader(h(g, "name")).setWidth("6rem").setFlexGrow(1)
                .setSortProperty(PersonOrder.NAME.name()).setTooltipGenerator(PersonReportRow::name);
        g.addColumn(PersonReportRow::staffNumber).setHeader(h(g, "staffNumber")).setAutoWidth(true).setFlexGrow(0);
        g.addColumn(PersonReportRow::unitName).setHeader(h(g, "unit")).setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(PersonReportRow::unitName).setSortProperty(PersonOrder.UNIT.name());
        number(g, "invited", PersonReportRow::invited);
        number(g, "attended", PersonReportRow::attended);
        number(g, "excused", PersonReportRow::excused);
        number(g, "absent", PersonReportRow::absent).setSortProperty(PersonOrder.ABSENT_DESCENDING.name());
        g.addColumn(r -> ReportFormat.rate(r.rate())).setHeader(h(g, "rate")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setSortProperty(PersonOrder.RATE_ASCENDING.name());
        g.addComponentColumn(r -> {
            Span run = new Span(r.flagged() ? g.getTranslation("attendance.flag", r.longestUnexcusedRun())
                    : String.valueOf(r.longestUnexcusedRun()));
            if (r.flagged()) {
                run.addClassName("xf-gap");
                run.setId("flag-" + r.officialId());
            }
            return run;
        }).setHeader(g.getTranslation("attendance.col.run") + " (≥" + flagAt + ")").setKey("run").setAutoWidth(true)
                .setFlexGrow(0).setSortProperty(PersonOrder.RUN_DESCENDING.name());
        g.addColumn(r -> ReportFormat.ofTotal(r.makeupDone(), r.makeupTotal())).setHeader(h(g, "makeup"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        g.setPartNameGenerator(r -> r.flagged() ? "flagged" : null);
        return g;
    }

    /** The units grid; the total goes to its footer (see {@link #showTotal}), so it stays in view. */
    static Grid<UnitReportRow> units() {
        Grid<UnitReportRow> g = grid("attendance-units");
        g.addComponentColumn(r -> new Span("　".repeat(Math.max(0, r.depth()))
                + r.displayName(UI.getCurrent().getLocale())))
                .setHeader(h(g, "unit")).setKey("unit").setWidth("10rem").setFlexGrow(2)
                .setTooltipGenerator(r -> r.displayName(UI.getCurrent().getLocale()));
        number(g, "people", UnitReportRow::people);
        number(g, "invited", UnitReportRow::invited);
        number(g, "attended", UnitReportRow::attended);
        number(g, "late", UnitReportRow::late);
        number(g, "excused", UnitReportRow::excused);
        number(g, "absent", UnitReportRow::absent);
        g.addColumn(r -> ReportFormat.rate(r.rate())).setHeader(h(g, "rate")).setKey("rate")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        g.addComponentColumn(r -> {
            Span n = new Span(String.valueOf(r.flaggedPeople()));
            if (r.flaggedPeople() > 0) {
                n.addClassName("xf-gap");
            }
            return n;
        }).setHeader(h(g, "flaggedPeople")).setKey("flaggedPeople").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        g.addColumn(r -> ReportFormat.ofTotal(r.makeupDone(), r.makeupTotal())).setHeader(h(g, "makeup"))
                .setKey("makeup").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        g.appendFooterRow();
        return g;
    }

    static void showTotal(Grid<UnitReportRow> g, UnitReportRow total) {
        FooterRow footer = g.getFooterRows().get(0);
        footer.getCell(g.getColumnByKey("unit")).setText(g.getTranslation("attendance.total"));
        footer.getCell(g.getColumnByKey("people")).setText(String.valueOf(total.people()));
        footer.getCell(g.getColumnByKey("invited")).setText(String.valueOf(total.invited()));
        footer.getCell(g.getColumnByKey("attended")).setText(String.valueOf(total.attended()));
        footer.getCell(g.getColumnByKey("late")).setText(String.valueOf(total.late()));
        footer.getCell(g.getColumnByKey("excused")).setText(String.valueOf(total.excused()));
        footer.getCell(g.getColumnByKey("absent")).setText(String.valueOf(total.absent()));
        footer.getCell(g.getColumnByKey("rate")).setText(ReportFormat.rate(total.rate()));
        footer.getCell(g.getColumnByKey("flaggedPeople")).setText(String.valueOf(total.flaggedPeople()));
        footer.getCell(g.getColumnByKey("makeup")).setText(ReportFormat.ofTotal(total.makeupDone(),
                total.makeupTotal()));
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        g.setSizeFull();
        return g;
    }

    private static <T> Grid.Column<T> number(Grid<T> g, String key, ToIntFunction<T> value) {
        return g.addColumn(r -> value.applyAsInt(r)).setHeader(h(g, key)).setKey(key).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    private static String h(Grid<?> g, String key) {
        return g.getTranslation("attendance.col." + key);
    }
}
