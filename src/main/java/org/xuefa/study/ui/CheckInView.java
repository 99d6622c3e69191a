package org.xuefa.study.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Times;
import org.xuefa.study.CheckInResult;
import org.xuefa.study.PendingScan;
import org.xuefa.study.SessionAttendance;

/**
 * Where the projector's QR code leads: checks the signed-in user in (signing in first, then coming back here) and
 * says plainly what happened. Without a code, or after a refusal, a code can be typed.
 */
@Route("checkin/:code?")
@PermitAll
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String SESSION = "session";
    private final SessionAttendance attendance;
    private final Div outcome = new Div();
    private HorizontalLayout form;

    public CheckInView(SessionAttendance attendance) {
        this.attendance = attendance;
        addClassName("xf-page");
        addClassName("xf-checkin");
        outcome.setId("checkin-outcome");
        outcome.setWidthFull();
    }

    static String route(String code) {
        return "checkin/" + code;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("study.checkin.title")), outcome);
        outcome.removeAll();
        form = form();
        event.getRouteParameters().get("code").filter(c -> !c.isBlank()).ifPresentOrElse(this::checkIn,
                () -> event.getLocation().getQueryParameters().getSingleParameter(SESSION).flatMap(CheckInView::id)
                        .flatMap(attendance::myCheckIn).ifPresent(this::succeeded));
        add(form);
        add(new RouterLink(getTranslation("study.checkin.mySessions"), MySessionsView.class));
    }

    private void checkIn(String code) {
        outcome.removeAll();
        try {
            var session = VaadinSession.getCurrent().getSession();
            Object scan = session.getAttribute(PendingScan.ATTRIBUTE);
            CheckInResult r;
            if (scan instanceof PendingScan pending && pending.code().equalsIgnoreCase(code.trim())) {
                session.removeAttribute(PendingScan.ATTRIBUTE);
                r = attendance.checkIn(code, pending);
            } else {
                r = attendance.checkIn(code);
            }
            succeeded(r);
            // the address now names the session, not the one-time code: a reload shows this success again
            // instead of refusing a code that has since rotated
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("checkin", QueryParameters.of(SESSION, String.valueOf(r.sessionId())))));
        } catch (BusinessException e) {
            Paragraph refused = new Paragraph(getTranslation(e.messageKey(), e.args()));
            refused.setId("checkin-refused");
            refused.addClassName("xf-errors");
            refused.addClassName("xf-checkin-refused");
            outcome.add(refused);
        }
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.valueOf(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void succeeded(CheckInResult r) {
        outcome.removeAll();
        Div ok = new Div(VaadinIcon.CHECK_CIRCLE.create());
        ok.addClassName("xf-checkin-ok");
        Paragraph head = new Paragraph(getTranslation(r.alreadyCheckedIn() ? "study.checkin.alreadyTitle"
                : "study.checkin.doneTitle"));
        head.setId("checkin-headline");
        head.addClassName("xf-figure");
        Paragraph detail = new Paragraph(getTranslation(r.alreadyCheckedIn() ? "study.checkin.already"
                : "study.checkin.done", r.sessionTitle(), getTranslation("attendanceStatus." + r.status()),
                Times.time(r.checkedInAt())));
        detail.setId("checkin-detail");
        outcome.add(ok, head, detail, new Paragraph(r.officialName()));
        // after a success only the success shows: no code box whose second tap could report an invalid code
        form.setVisible(false);
    }

    private HorizontalLayout form() {
        TextField code = new TextField(getTranslation("study.checkin.typeCode"));
        code.setId("checkin-code");
        Button go = new Button(getTranslation("study.checkin.submit"), e -> checkIn(code.getValue()));
        go.setId("checkin-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(code, go);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.checkin.title") + " · 学法";
    }
}
