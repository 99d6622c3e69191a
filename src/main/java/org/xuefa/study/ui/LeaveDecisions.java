package org.xuefa.study.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.study.PendingLeave;
import org.xuefa.study.SessionLeave;

/** One pending leave request as the organizer's start page and inbox show it: who, for what, why, and the decision. */
final class LeaveDecisions {
    private LeaveDecisions() {
    }

    static Div row(PendingLeave p, SessionLeave leave, Runnable onDecided) {
        Div row = new Div();
        row.setId("pending-leave-" + p.leaveId());
        row.addClassName("xf-inbox-row");
        row.add(new Span(p.officialName() + " · "));
        row.add(new RouterLink(p.sessionTitle(), SessionDetailView.class,
                new RouteParameters("sessionId", String.valueOf(p.sessionId()))));
        Span when = new Span(" · " + Times.span(p.startsAt(), p.endsAt()));
        when.addClassName("xf-muted");
        row.add(when);
        row.add(new Div(new Span(UI.getCurrent().getTranslation("study.inbox.reason", p.reason()))));
        row.add(buttons(p, leave, onDecided));
        return row;
    }

    static Div buttons(PendingLeave p, SessionLeave leave, Runnable onDecided) {
        Button approve = new Button(UI.getCurrent().getTranslation("study.leave.approve"));
        approve.setId("inbox-approve-" + p.leaveId());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(UI.getCurrent().getTranslation("study.leave.decline"));
        decline.setId("inbox-decline-" + p.leaveId());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        for (Button b : new Button[] {approve, decline}) {
            b.setDisableOnClick(true);
            b.addClickListener(e -> {
                boolean yes = b == approve;
                if (Notify.attempt(() -> leave.decideLeave(p.leaveId(), yes, null))) {
                    Notify.success(UI.getCurrent().getTranslation(yes ? "study.inbox.approved" : "study.inbox.declined",
                            p.officialName()));
                    onDecided.run();
                } else {
                    b.setEnabled(true);
                }
            });
        }
        Div buttons = new Div(approve, decline);
        buttons.addClassName("xf-inbox-actions");
        return buttons;
    }
}
