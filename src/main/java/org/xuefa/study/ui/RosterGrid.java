package org.xuefa.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.LeaveStatus;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionLeave;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.SessionStatus;

/** A session's roster: how each invitee stands; for its organizer also leave to decide and marking by hand. */
class RosterGrid extends Grid<RosterRow> {
    private final SessionRoster rosters;
    private final SessionLeave leave;
    private final Runnable onChange;
    private SessionRecord session;
    private boolean organizer;

    RosterGrid(SessionRoster rosters, SessionLeave leave, Runnable onChange) {
        this.rosters = rosters;
        this.leave = leave;
        this.onChange = onChange;
        setId("session-roster");
        setMinHeight("28rem");
    }

    /** Shows the session's roster; to its organizer with leave decisions and marking, unless it is cancelled. */
    void show(SessionRecord s, boolean organizer) {
        session = s;
        this.organizer = organizer;
        removeAllColumns();
        addColumn(RosterRow::name).setHeader(getTranslation("study.col.name")).setAutoWidth(true);
        addColumn(RosterRow::staffNumber).setHeader(getTranslation("study.col.staffNumber")).setAutoWidth(true);
        addColumn(RosterRow::unitName).setHeader(getTranslation("study.col.unit")).setAutoWidth(true);
        addComponentColumn(r -> {
            Span st = new Span(r.status() == null ? getTranslation("study.detail.unmarked")
                    : getTranslation("attendanceStatus." + r.status()));
            st.addClassName(r.status() == null ? "xf-muted" : r.status() == AttendanceStatus.ABSENT ? "xf-gap"
                    : r.status().attended() ? "xf-ok" : "xf-excused");
            return st;
        }).setHeader(getTranslation("study.col.attendance")).setAutoWidth(true);
        addColumn(r -> r.source() == null ? "" : getTranslation("attendanceSource." + r.source())
                + (r.checkedInAt() == null ? "" : " " + Times.time(r.checkedInAt())))
                .setHeader(getTranslation("study.col.how")).setAutoWidth(true);
        addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("study.col.note"));
        addComponentColumn(this::leaveCell).setHeader(getTranslation("study.col.leave")).setAutoWidth(true)
                .setKey("leave");
        if (organizer && s.status() != SessionStatus.CANCELLED) {
            addComponentColumn(r -> {
                Button mark = new Button(getTranslation("study.detail.mark"), e -> markDialog(r));
                mark.setId("mark-" + r.officialId());
                mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return mark;
            }).setAutoWidth(true).setFlexGrow(0).setKey("mark");
        }
        setItems(rosters.roster(s.id()));
    }

    private Div leaveCell(RosterRow r) {
        Div cell = new Div();
        if (r.leaveStatus() == null) {
            return cell;
        }
        cell.add(new Span(getTranslation("leaveStatus." + r.leaveStatus()) + "：" + r.leaveReason() + " "));
        if (organizer && r.leaveStatus() == LeaveStatus.PENDING && session.status() == SessionStatus.SCHEDULED) {
            Button approve = new Button(getTranslation("study.leave.approve"));
            approve.setId("leave-approve-" + r.officialId());
            Button decline = new Button(getTranslation("study.leave.decline"));
            decline.setId("leave-decline-" + r.officialId());
            for (Button b : new Button[] {approve, decline}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                b.setDisableOnClick(true);
                b.addClickListener(e -> {
                    if (Notify.attempt(() -> leave.decideLeave(r.leaveId(), b == approve, null))) {
                        onChange.run();
                    } else {
                        b.setEnabled(true);
                    }
                });
            }
            cell.add(approve, decline);
        }
        return cell;
    }

    private void markDialog(RosterRow r) {
        Dialog dialog = new Dialog(getTranslation("study.mark.title", r.name()));
        dialog.setId("mark-dialog");
        RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>(getTranslation("study.col.attendance"));
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(x -> getTranslation("attendanceStatus." + x));
        status.setValue(r.status() == null ? AttendanceStatus.PRESENT : r.status());
        status.setId("mark-status");
        TextField note = new TextField(getTranslation("study.col.note"));
        note.setValue(r.note() == null ? "" : r.note());
        note.setWidthFull();
        dialog.add(new VerticalLayout(status, note));
        Button save = new Button(getTranslation("action.save"));
        save.setId("mark-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            if (Notify.attempt(() -> rosters.mark(session.id(), r.officialId(), status.getValue(), note.getValue()))) {
                dialog.close();
                onChange.run();
            } else {
                save.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
