package org.xuefa.studyreport.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Roles;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReport;
import org.xuefa.studyreport.AttendanceReports;
import org.xuefa.studyreport.PersonOrder;
import org.xuefa.studyreport.PersonReportRow;
import org.xuefa.studyreport.SessionReportRow;
import org.xuefa.studyreport.UnitReportRow;

/**
 * Attendance reports (出勤统计) for organizers, leaders and HR: per session, per person and per unit over a period
 * (this year by default) and a unit's subtree, with CSV and Excel downloads of what is shown.
 */
@Route("attendance")
@Menu(title = "menu.attendance", order = 34, icon = "vaadin:chart-3d")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class AttendanceView extends VerticalLayout implements HasDynamicTitle {
    private final AttendanceReports reports;
    final DatePicker from = Localized.datePicker();
    final DatePicker to = Localized.datePicker();
    final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    final Tabs tabs = new Tabs();
    private final Map<Tab, AttendanceReport> kinds;
    final Grid<SessionReportRow> sessions;
    final Grid<PersonReportRow> people;
    final Grid<UnitReportRow> units;
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    private final Div content = new Div();

    public AttendanceView(AttendanceReports reports, OrgUnits orgUnits, Clock clock) {
        this.reports = reports;
        addClassName("xf-page");
        setSizeFull();
        AttendanceFilter year = AttendanceFilter.yearOf(LocalDate.now(clock));
        from.setLabel(getTranslation("attendance.from"));
        from.setValue(year.from());
        from.setId("attendance-from");
        to.setLabel(getTranslation("attendance.to"));
        to.setValue(year.to());
        to.setId("attendance-to");
        unit.setLabel(getTranslation("attendance.unit"));
        unit.setPlaceholder(getTranslation("attendance.allUnits"));
        unit.setItems(orgUnits.visibleTree());
        unit.setItemLabelGenerator(u -> "　".repeat(Math.max(0, u.depth())) + u.displayName(getLocale()));
        unit.setClearButtonVisible(true);
        unit.setId("attendance-unit");
        csv.setText(getTranslation("staffing.export.csv"));
        csv.setId("attendance-csv");
        csv.setRouterIgnore(true);
        xlsx.setText(getTranslation("staffing.export.xlsx"));
        xlsx.setId("attendance-xlsx");
        xlsx.setRouterIgnore(true);
        HorizontalLayout exports = new HorizontalLayout(csv, xlsx);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("attendance.title")), from, to, unit,
                exports);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        Tab bySession = new Tab(getTranslation("attendance.tab.sessions"));
        bySession.setId("attendance-tab-sessions");
        Tab byPerson = new Tab(getTranslation("attendance.tab.people"));
        byPerson.setId("attendance-tab-people");
        Tab byUnit = new Tab(getTranslation("attendance.tab.units"));
        byUnit.setId("attendance-tab-units");
        tabs.add(bySession, byPerson, byUnit);
        kinds = Map.of(bySession, AttendanceReport.SESSIONS, byPerson, AttendanceReport.PEOPLE, byUnit,
                AttendanceReport.UNITS);

        Paragraph definition = new Paragraph(getTranslation("attendance.definition", reports.flagAt()));
        definition.addClassName("xf-muted");
        definition.setId("attendance-definition");
        sessions = AttendanceGrids.sessions(clock.getZone());
        people = AttendanceGrids.people(reports.flagAt());
        units = AttendanceGrids.units();
        content.setSizeFull();
        add(toolbar, tabs, definition, content);
        setFlexGrow(1, content);

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());
        refresh();
    }

    AttendanceReport selected() {
        return kinds.get(tabs.getSelectedTab());
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            Notify.error(getTranslation("attendance.error.period"));
            return;
        }
        AttendanceFilter f = new AttendanceFilter(from.getValue(), to.getValue(),
                unit.getValue() == null ? null : unit.getValue().id());
        content.removeAll();
        boolean ok = Notify.attempt(() -> {
            switch (selected()) {
                case SESSIONS -> {
                    sessions.setItems(q -> reports.sessions(f, q.getOffset(), q.getLimit()).stream(),
                            q -> (int) reports.countSessions(f));
                    content.add(sessions);
                    sessions.recalculateColumnWidths();
                }
                case PEOPLE -> {
                    people.setItems(q -> reports.people(f, order(q.getSortOrders()), q.getOffset(), q.getLimit())
                            .stream(), q -> (int) reports.countPeople(f));
                    content.add(people);
                    people.recalculateColumnWidths();
                }
                case UNITS -> {
                    List<UnitReportRow> rows = reports.units(f);
                    units.setItems(rows.subList(0, rows.size() - 1));
                    AttendanceGrids.showTotal(units, rows.get(rows.size() - 1));
                    content.add(units);
                    units.recalculateColumnWidths();
                }
            }
        });
        String query = "?from=" + f.from() + "&to=" + f.to() + (f.unitId() == null ? "" : "&unit=" + f.unitId());
        String base = "/export/attendance/" + selected().fileName();
        csv.setHref(base + ".csv" + query);
        xlsx.setHref(base + ".xlsx" + query);
        csv.setVisible(ok);
        xlsx.setVisible(ok);
    }

    /** A sorted column's SQL order (flagged first unless a column is chosen); the direction is the column's own. */
    private static PersonOrder order(List<QuerySortOrder> sort) {
        return sort.isEmpty() ? PersonOrder.FLAGGED_FIRST : PersonOrder.valueOf(sort.get(0).getSorted());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title") + " · 学法";
    }
}
