package org.xuefa.studyreport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.StudySessions;
import org.xuefa.studymakeup.MakeupRow;
import org.xuefa.studymakeup.MakeupTasks;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReports;
import org.xuefa.studyreport.PersonReportRow;
import org.xuefa.studyreport.SessionReportRow;
import org.xuefa.studyreport.UnitReportRow;
import org.xuefa.studyreport.ui.AttendanceView;
import org.xuefa.studyreport.ui.SessionMakeupView;
import org.xuefa.support.Absentees;

/** The attendance report and a session's attendance with its make-up tasks, on screen. */
class AttendanceScreensTest extends KaribuTestBase {
    private static final String DEMO_SESSION = "会前学法：行政处罚决定程序与执行";

    @Autowired
    MakeupTasks makeup;
    @Autowired
    Absentees absentees;
    @Autowired
    AttendanceReports reports;
    @Autowired
    StudySessions sessions;
    @Autowired
    OrgUnits orgUnits;

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_organizer_sees_sessions_people_with_the_red_flag_and_units_with_a_total() {
        loginAs("organizer");
        navigate("attendance");
        AttendanceView view = _get(AttendanceView.class);
        assertThat(GridKt._findAll(view.sessions)).extracting(SessionReportRow::title).contains(DEMO_SESSION);
        assertThat(_get(Anchor.class, s -> s.withId("attendance-csv")).getHref())
                .isEqualTo("/export/attendance/sessions.csv?from=2026-01-01&to=2026-12-31");
        assertThat(text(_get(Paragraph.class, s -> s.withId("attendance-definition"))))
                .contains("出勤率 =（出席 + 迟到）÷（应到 − 请假）", "连续无故缺席 2 次");

        view.tabs.setSelectedTab(_get(Tab.class, s -> s.withId("attendance-tab-people")));
        List<PersonReportRow> people = GridKt._findAll(view.people);
        int flagged = people.indexOf(people.stream().filter(r -> "TP-082".equals(r.staffNumber())).findFirst()
                .orElseThrow());
        assertThat(people.get(flagged).flagged()).isTrue();
        Span flag = (Span) GridKt._getCellComponent(view.people, flagged, "run");
        assertThat(flag.getText()).isEqualTo("连续缺席 2 次");
        assertThat(flag.getClassNames()).contains("xf-gap");
        assertThat(_get(Anchor.class, s -> s.withId("attendance-xlsx")).getHref()).startsWith("/export/attendance/people.xlsx");

        view.tabs.setSelectedTab(_get(Tab.class, s -> s.withId("attendance-tab-units")));
        List<UnitReportRow> units = GridKt._findAll(view.units);
        assertThat(units).noneMatch(UnitReportRow::total);
        assertThat(units).anyMatch(u -> "综合执法大队".equals(u.unitName()) && u.flaggedPeople() >= 1);
        var footer = view.units.getFooterRows().get(0);
        assertThat(footer.getCell(view.units.getColumnByKey("unit")).getText()).isEqualTo("合计");
        assertThat(footer.getCell(view.units.getColumnByKey("invited")).getText())
                .isEqualTo(String.valueOf(units.stream().mapToInt(UnitReportRow::invited).sum()));

        // narrowing to the brigade keeps only its subtree
        view.unit.setValue(orgUnits.visibleTree().stream().filter(u -> u.code().equals("brigade")).findFirst()
                .orElseThrow());
        assertThat(GridKt._findAll(view.units)).extracting(UnitReportRow::unitName).containsExactly("综合执法大队");
    }

    @Test
    void the_session_page_lists_its_make_up_tasks_and_the_organizer_moves_a_due_date() {
        OfficialRecord o = absentees.oneInANewTown();
        loginAs("admin");
        SessionReportRow s = reports.sessions(new AttendanceFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                o.unitId()), 0, 1).get(0);
        navigate("attendance/session/" + s.sessionId());
        assertThat(text(_get(Div.class, sp -> sp.withId("session-counts")))).contains("应到 1 人", "缺席 1 人",
                "出勤率 0.0%", "补学已完成 0 人，共 1 人须补学");
        SessionMakeupView view = _get(SessionMakeupView.class);
        assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo(o.name());
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        });
        _click((Button) GridKt._getCellComponent(view.grid, 0, "action"));
        _get(DatePicker.class, sp -> sp.withId("makeup-due")).setValue(LocalDate.of(2026, 12, 20));
        _click(_get(Button.class, sp -> sp.withId("makeup-due-save")));
        assertThat(GridKt._findAll(view.grid)).extracting(MakeupRow::dueOn).containsExactly(LocalDate.of(2026, 12, 20));

        loginAs("leader");
        navigate("attendance/session/" + s.sessionId());
        assertThatThrownBy(() -> _get(SessionMakeupView.class)).as("another town").isInstanceOf(AssertionError.class);
    }

    @Test
    void the_demo_sessions_make_up_page_shows_each_absentees_progress() {
        loginAs("organizer");
        SessionReportRow demo = reports.sessions(AttendanceFilter.yearOf(LocalDate.of(2026, 11, 26)), 0, 50).stream()
                .filter(r -> r.title().equals(DEMO_SESSION)).findFirst().orElseThrow();
        navigate("attendance/session/" + demo.sessionId());
        SessionMakeupView view = _get(SessionMakeupView.class);
        List<MakeupRow> rows = GridKt._findAll(view.grid);
        assertThat(rows).extracting(MakeupRow::name).contains("罗文杰", "莫晓峰");
        int cadre = rows.indexOf(rows.stream().filter(r -> r.name().equals("罗文杰")).findFirst().orElseThrow());
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, cadre))).contains("章节 1/2 · 测验 0/1");
    }

    @Test
    void a_leader_reads_the_report_and_a_cadre_cannot_open_it() {
        loginAs("leader");
        navigate("attendance");
        assertThat(GridKt._findAll(_get(AttendanceView.class).sessions)).isNotEmpty();
        assertThat(menuLabels()).contains("出勤统计");
        loginAs("cadre");
        navigate("attendance");
        assertThatThrownBy(() -> _get(AttendanceView.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_report_speaks_english_when_asked() {
        useLocale(Messages.ENGLISH);
        loginAs("hr");
        navigate("attendance");
        assertThat(text(_get(Paragraph.class, s -> s.withId("attendance-definition"))))
                .contains("Attendance rate = (present + late) / (invited − excused)");
        assertThat(text(_get(Tab.class, s -> s.withId("attendance-tab-people")))).isEqualTo("By person");
        AttendanceView view = _get(AttendanceView.class);
        view.tabs.setSelectedTab(_get(Tab.class, s -> s.withId("attendance-tab-units")));
        assertThat(GridKt._findAll(view.units)).extracting(u -> u.displayName(Messages.ENGLISH))
                .contains("Comprehensive Enforcement Brigade");
        int brigade = GridKt._findAll(view.units).stream().map(UnitReportRow::unitName).toList().indexOf("综合执法大队");
        assertThat(((Span) GridKt._getCellComponent(view.units, brigade, "unit")).getText())
                .endsWith("Comprehensive Enforcement Brigade");
    }

    static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
