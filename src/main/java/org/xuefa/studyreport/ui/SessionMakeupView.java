package org.xuefa.studyreport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;
import org.xuefa.study.ui.shared.ReportFormat;
import org.xuefa.studymakeup.MakeupRow;
import org.xuefa.studymakeup.MakeupStatus;
import org.xuefa.studymakeup.MakeupTasks;
import org.xuefa.studyreport.AttendanceReports;
import org.xuefa.studyreport.SessionReportRow;

/**
 * One session's attendance figures and its make-up tasks: who owes make-up study, by when, how far they are and
 * when they finished. Organizers may move a due date.
 */
@Route("attendance/session/:sessionId")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class SessionMakeupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AttendanceReports reports;
    private final MakeupTasks tasks;
    private final Clock clock;
    private final boolean organizer;
    final Grid<MakeupRow> grid = new Grid<>();
    private Long sessionId;
    private String title = "";

    public SessionMakeupView(AttendanceReports reports, MakeupTasks tasks, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.clock = clock;
        this.organizer = currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false);
        addClassName("xf-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        removeAll();
        SessionReportRow s;
        try {
            s = reports.session(sessionId);
        } catch (RuntimeException e) {
            Notify.failure(e);
            event.forwardTo(AttendanceView.class);
            return;
        }
        title = s.title();
        add(new RouterLink(getTranslation("attendance.back"), AttendanceView.class));
        add(new H1(getTranslation("attendance.session.title", s.title())));
        Paragraph facts = new Paragraph(getTranslation("attendance.session.facts", Labels.of("sessionKind", s.kind()),
                Times.dateTime(s.startsAt()), s.unitName()));
        facts.addClassName("xf-muted");
        Div counts = new Div(new Paragraph(getTranslation("attendance.session.counts", s.invited(), s.present(),
                s.late(), s.excused(), s.absent(), ReportFormat.rate(s.rate()))),
                new Paragraph(getTranslation("attendance.session.makeup", s.makeupDone(), s.makeupTotal())));
        counts.addClassName("xf-sentences");
        counts.setId("session-counts");
        add(facts, counts);
        columns();
        add(grid);
        setFlexGrow(1, grid);
        load();
    }

    private void columns() {
        grid.removeAllColumns();
        grid.setId("makeup-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(MakeupRow::name).setHeader(getTranslation("attendance.col.name")).setAutoWidth(true);
        grid.addColumn(MakeupRow::unitName).setHeader(getTranslation("attendance.col.unit")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of("attendanceStatus", r.reason())).setHeader(getTranslation("makeup.col.reason"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span due = new Span(Labels.date(r.dueOn()) + (r.overdue() ? " · " + getTranslation("makeup.col.overdue") : ""));
            if (r.overdue()) {
                due.addClassName("xf-gap");
            }
            return due;
        }).setHeader(getTranslation("makeup.col.due")).setAutoWidth(true);
        grid.addColumn(this::progress).setHeader(getTranslation("makeup.col.progress")).setFlexGrow(2);
        grid.addColumn(r -> r.status() == MakeupStatus.DONE ? Times.dateTime(r.completedAt())
                : getTranslation("makeup.status." + r.status())).setHeader(getTranslation("makeup.col.done"))
                .setAutoWidth(true);
        if (organizer) {
            grid.addComponentColumn(r -> {
                Button move = new Button(getTranslation("makeup.changeDue"), e -> changeDue(r));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                move.setEnabled(r.status() == MakeupStatus.OPEN);
                return move;
            }).setKey("action").setAutoWidth(true);
        }
    }

    private String progress(MakeupRow r) {
        if (r.confirmOnly()) {
            return r.confirmation() == null ? getTranslation("makeup.progress.confirm")
                    : getTranslation("makeup.progress.confirmed", r.confirmation());
        }
        return getTranslation("makeup.progress", r.lessonsRead(), r.lessonsTotal(), r.quizzesPassed(), r.quizzesTotal());
    }

    private void changeDue(MakeupRow r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("makeup.changeDue.title", r.name()));
        DatePicker due = Localized.datePicker(getTranslation("makeup.col.due"), r.dueOn());
        due.setId("makeup-due");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notify.attempt(() -> tasks.changeDue(r.taskId(), due.getValue(), r.version()))) {
                dialog.close();
                load();
            }
        });
        save.setId("makeup-due-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(due);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void load() {
        grid.setItems(tasks.ofSession(sessionId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.session.title", title) + " · 学法";
    }
}
