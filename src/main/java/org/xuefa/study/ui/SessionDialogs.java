package org.xuefa.study.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.study.AttendanceCounts;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudySessions;

/** The session page's confirmations: cancelling with a reason, and closing after saying how many are unmarked. */
class SessionDialogs {
    private final StudySessions sessions;
    private final SessionRoster rosters;
    private final SessionClosing closing;

    SessionDialogs(StudySessions sessions, SessionRoster rosters, SessionClosing closing) {
        this.sessions = sessions;
        this.rosters = rosters;
        this.closing = closing;
    }

    void cancel(SessionRecord session, Runnable done) {
        Dialog dialog = new Dialog(ui().getTranslation("study.detail.cancel"));
        TextField reason = new TextField(ui().getTranslation("study.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(ui().getTranslation("study.detail.cancel"));
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            if (Notify.attempt(() -> sessions.cancel(session.id(), reason.getValue(), session.version()))) {
                dialog.close();
                done.run();
            } else {
                confirm.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(ui().getTranslation("action.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Asks before closing; before the session has started it says so first, as closing then is rarely meant. */
    void close(SessionRecord session, boolean beforeStart, Runnable done) {
        AttendanceCounts c = rosters.counts(session.id());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("close-dialog");
        dialog.setHeader(ui().getTranslation("study.detail.close"));
        String confirm = ui().getTranslation("study.close.confirm", c.unmarked());
        dialog.setText(beforeStart ? ui().getTranslation("study.close.early", Times.dateTime(session.startsAt()))
                + " " + confirm : confirm);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(ui().getTranslation("action.cancel"));
        dialog.setConfirmText(ui().getTranslation("study.detail.close"));
        dialog.addConfirmListener(e -> {
            if (Notify.attempt(() -> closing.close(session.id()))) {
                Notify.success(ui().getTranslation("study.close.done"));
                done.run();
            }
        });
        dialog.open();
    }

    private static UI ui() {
        return UI.getCurrent();
    }
}
