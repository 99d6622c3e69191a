package org.xuefa.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.study.LeaveStatus;
import org.xuefa.study.MySession;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionLeave;

/** The sessions the signed-in official is invited to: when and where, their standing, leave, and check-in. */
@Route("my-sessions")
@Menu(title = "menu.mySessions", order = 8, icon = "vaadin:calendar-user")
@PermitAll
public class MySessionsView extends VerticalLayout implements HasDynamicTitle {
    private final SessionAttendance attendance;
    private final SessionLeave leave;
    private final Div cards = new Div();
    private final Clock clock;

    public MySessionsView(SessionAttendance attendance, SessionLeave leave, Clock clock) {
        this.attendance = attendance;
        this.leave = leave;
        this.clock = clock;
        addClassName("xf-page");
        cards.addClassName("xf-cards");
        Div links = new Div(link("menu.myMakeup", "my-makeup"), link("menu.studyRecords", "session-records"),
                link("menu.myCalendar", "my-calendar"));
        links.addClassName("xf-links");
        add(new H1(getTranslation("study.my.title")), links, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var list = attendance.mySessions();
        list.forEach(m -> cards.add(card(m)));
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("study.my.none")));
        }
    }

    private Card card(MySession m) {
        var s = m.session();
        Span when = new Span(Times.span(s.startsAt(), s.endsAt()));
        when.addClassName("xf-muted");
        Paragraph what = new Paragraph(getTranslation("sessionKind." + s.kind())
                + (s.data().place() == null ? "" : "　" + s.data().place())
                + (s.speaker().isBlank() ? "" : "　" + getTranslation("study.projector.speaker", s.speaker())));
        Paragraph standing = new Paragraph(standing(m));
        standing.setId("my-standing-" + s.id());
        RouterLink details = link("study.my.details", SessionDetailView.route(s.id()));
        details.setId("my-details-" + s.id());
        Card card = new Card(s.title(), when, what, standing, new Paragraph(details));
        card.setId("my-session-" + s.id());
        if (m.checkInOpen() && (m.attendance() == null || !m.attendance().attended())) {
            card.add(checkInRow(s.id()));
        }
        if (m.checkInOpen() && m.attendance() != null && m.attendance().attended()
                && !s.data().lessons().isEmpty()) {
            RouterLink live = link("study.my.live", "live/" + s.id());
            live.setId("my-live-" + s.id());
            card.add(new Paragraph(live));
        }
        if (m.canAskLeave()) {
            Button ask = new Button(getTranslation("study.leave.ask"), e -> leaveDialog(m));
            ask.setId("leave-ask-" + s.id());
            card.add(ask);
        } else if (m.leave() != null && (m.leave().status() == LeaveStatus.PENDING
                || m.leave().status() == LeaveStatus.APPROVED) && clock.instant().isBefore(s.startsAt())) {
            Button withdraw = new Button(getTranslation("study.leave.withdraw"));
            withdraw.setId("leave-withdraw-" + s.id());
            withdraw.setDisableOnClick(true);
            withdraw.addClickListener(e -> {
                if (Notify.attempt(() -> leave.withdrawLeave(s.id()))) {
                    refresh();
                } else {
                    withdraw.setEnabled(true);
                }
            });
            card.add(withdraw);
        }
        return card;
    }

    private String standing(MySession m) {
        if (m.attendance() != null) {
            return getTranslation("study.my.status", getTranslation("attendanceStatus." + m.attendance()));
        }
        if (m.leave() != null) {
            return getTranslation("study.my.leave", getTranslation("leaveStatus." + m.leave().status()),
                    m.leave().reason());
        }
        return getTranslation(m.checkInOpen() ? "study.my.checkInOpen" : "study.my.invited");
    }

    private HorizontalLayout checkInRow(Long sessionId) {
        TextField code = new TextField();
        code.setPlaceholder(getTranslation("study.checkin.typeCode"));
        code.setId("my-code-" + sessionId);
        Button go = new Button(getTranslation("study.checkin.submit"));
        go.setId("my-checkin-" + sessionId);
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.addClickListener(e -> {
            if (Notify.attempt(() -> {
                var r = attendance.checkIn(code.getValue());
                Notify.success(getTranslation(r.alreadyCheckedIn() ? "study.checkin.already" : "study.checkin.done",
                        r.sessionTitle(), getTranslation("attendanceStatus." + r.status()), Times.time(r.checkedInAt())));
            })) {
                refresh();
            } else {
                go.setEnabled(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(code, go);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void leaveDialog(MySession m) {
        Dialog dialog = new Dialog(getTranslation("study.leave.askTitle", m.session().title()));
        dialog.setId("leave-dialog");
        TextArea reason = new TextArea(getTranslation("study.leave.reason"));
        reason.setId("leave-reason");
        reason.setWidth("min(80vw, 28rem)");
        dialog.add(reason);
        Button send = new Button(getTranslation("study.leave.send"));
        send.setId("leave-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            if (Notify.attempt(() -> leave.askLeave(m.session().id(), reason.getValue()))) {
                Notify.success(getTranslation("study.leave.sent"));
                dialog.close();
                refresh();
            } else {
                send.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.my.title") + " · 学法";
    }

    /** A link by route, so the sessions module need not know the make-up, records, calendar and live quiz views. */
    private RouterLink link(String key, String route) {
        RouterLink link = new RouterLink();
        link.setText(getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("href", route);
        return link;
    }
}
