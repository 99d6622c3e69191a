package org.xuefa.study.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.xuefa.base.PublicUrl;
import org.xuefa.base.ui.Times;
import org.xuefa.security.Roles;
import org.xuefa.study.Arrival;
import org.xuefa.study.AttendanceBroadcaster;
import org.xuefa.study.AttendanceSource;
import org.xuefa.study.ProjectorState;
import org.xuefa.study.SessionProjector;
import org.xuefa.study.ui.shared.QrSvg;

/**
 * The screen the organizer projects in the meeting room: a QR code and a short link that change every 15 seconds,
 * the number checked in so far and names as they arrive. New codes come with a one-second poll; arrivals are
 * pushed the moment they are committed. Over 200 lines because the poll, the push registration and the countdown
 * share the screen's state and must be attached and detached together.
 */
@Route(value = "sessions/:sessionId/projector", autoLayout = false)
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
public class ProjectorView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final int NAMES_SHOWN = 30;
    private final SessionProjector projector;
    private final AttendanceBroadcaster broadcaster;
    private final Clock clock;
    private final Div qr = new Div();
    private final Span link = new Span();
    private final Span code = new Span();
    private final Span countdown = new Span();
    private final Span count = new Span();
    private final Span late = new Span();
    private final Paragraph windowNote = new Paragraph();
    private final Paragraph scanLabel = new Paragraph();
    private final Paragraph codeLabel = new Paragraph();
    private final UnorderedList names = new UnorderedList();
    private final List<Arrival> arrivals = new ArrayList<>();
    private ProjectorState state;
    private final String baseUrl;
    private Runnable unregister;
    private Registration polling;

    /**
     * The link in the QR code starts with the configured public address, never with the Host header of the request
     * that opened this screen (a forged or internal host would send phones elsewhere).
     */
    public ProjectorView(SessionProjector projector, AttendanceBroadcaster broadcaster, Clock clock,
            @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl) {
        this.projector = projector;
        this.baseUrl = PublicUrl.base(publicUrl);
        this.broadcaster = broadcaster;
        this.clock = clock;
        addClassName("xf-projector");
        setId("projector");
    }

    static String route(Long sessionId) {
        return "sessions/" + sessionId + "/projector";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            state = projector.state(id);
        } catch (RuntimeException e) {
            event.forwardTo(SessionsView.class);
            return;
        }
        arrivals.clear();
        arrivals.addAll(state.arrivals());
        build();
    }

    private void build() {
        removeAll();
        H1 title = new H1(state.session().title());
        title.setId("projector-title");
        Paragraph sub = new Paragraph(Times.span(state.session().startsAt(), state.session().endsAt())
                + (state.session().data().place() == null ? "" : "　" + state.session().data().place())
                + (state.session().speaker().isBlank() ? "" : "　" + getTranslation("study.projector.speaker",
                        state.session().speaker())));
        sub.addClassName("xf-projector-sub");

        qr.setId("projector-qr");
        qr.addClassName("xf-projector-qr");
        link.setId("projector-link");
        link.addClassName("xf-projector-link");
        code.setId("projector-code");
        code.addClassName("xf-projector-code");
        countdown.setId("projector-countdown");
        countdown.addClassName("xf-muted");
        windowNote.setId("projector-window");
        windowNote.addClassName("xf-projector-window");
        scanLabel.setText(getTranslation("study.projector.scan"));
        codeLabel.removeAll();
        codeLabel.add(new Span(getTranslation("study.projector.code") + " "), code);
        Div left = new Div(qr, scanLabel, link, codeLabel, countdown, windowNote);
        left.addClassName("xf-projector-left");

        count.setId("projector-count");
        count.addClassName("xf-projector-count");
        late.setId("projector-late");
        names.setId("projector-names");
        names.addClassName("xf-projector-names");
        Div right = new Div(new Paragraph(getTranslation("study.projector.checkedIn")), count, late,
                new Paragraph(getTranslation("study.projector.arrivals")), names);
        right.addClassName("xf-projector-right");
        Div body = new Div(left, right);
        body.addClassName("xf-projector-body");
        // the QR code fills the screen best in full screen (F11 works too); the browser asks for a click to allow it
        Button fullScreen = new Button(getTranslation("study.projector.fullScreen"), VaadinIcon.EXPAND_FULL.create(),
                e -> getElement().executeJs("if (document.fullscreenElement) { document.exitFullscreen(); }"
                        + " else if (this.requestFullscreen) { this.requestFullscreen(); }"));
        fullScreen.setId("projector-full-screen");
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fullScreen.addClassName("xf-projector-full");
        add(fullScreen, title, sub, body);
        showCode();
        showCounts(state.counts().present(), state.counts().late());
        showNames();
    }

    private void showCode() {
        boolean open = state.checkInOpen();
        qr.setVisible(open);
        link.setVisible(open);
        scanLabel.setVisible(open);
        codeLabel.setVisible(open);
        countdown.setVisible(open);
        if (open) {
            String url = baseUrl + "/checkin/" + state.code();
            // inline SVG through innerHTML: the browser's HTML parser puts it in the SVG namespace
            qr.getElement().setProperty("innerHTML", QrSvg.render(url));
            qr.getElement().setAttribute("data-url", url);
            link.setText(url);
            code.setText(state.code());
            windowNote.setText(getTranslation("study.projector.until", Times.time(state.checkInClosesAt())));
            tick();
        } else {
            Instant now = clock.instant();
            windowNote.setText(now.isBefore(state.checkInOpensAt())
                    ? getTranslation("study.projector.opensAt", Times.dateTime(state.checkInOpensAt()))
                    : getTranslation("study.projector.closed"));
        }
    }

    private void showCounts(int present, int lateCount) {
        count.setText(getTranslation("study.projector.count", present + lateCount, state.counts().invited()));
        late.setText(lateCount == 0 ? "" : getTranslation("study.projector.late", lateCount));
    }

    private void showNames() {
        names.removeAll();
        arrivals.stream().limit(NAMES_SHOWN).forEach(a -> {
            ListItem li = new ListItem(a.name() + "　" + Times.time(a.at()) + (a.status() == org.xuefa.study
                    .AttendanceStatus.LATE ? "　" + getTranslation("attendanceStatus.LATE") : ""));
            names.add(li);
        });
    }

    /** After events may have been missed (a node's listening connection was lost): the state from the database. */
    private void resync() {
        state = projector.state(state.session().id());
        arrivals.clear();
        arrivals.addAll(state.arrivals());
        showCounts(state.counts().present(), state.counts().late());
        showNames();
    }

    /** On each poll: count down, and fetch a new code once the current one has rotated. */
    private void tick() {
        Instant now = clock.instant();
        if (!now.isBefore(state.codeRotatesAt())) {
            state = projector.state(state.session().id());
            showCode();
            showCounts(state.counts().present(), state.counts().late());
            return;
        }
        long seconds = Math.max(1, Duration.between(now, state.codeRotatesAt()).toSeconds() + 1);
        countdown.setText(getTranslation("study.projector.rotates", seconds));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(1000);
        polling = ui.addPollListener(e -> {
            if (state != null && e.getSource() == ui) {
                tick();
            }
        });
        if (state != null) {
            unregister = broadcaster.register(state.session().id(), update -> ui.access(() -> {
                var change = update.change();
                if (change == null) {
                    resync();
                    return;
                }
                if (change.status().attended() && change.source() != AttendanceSource.CLOSE) {
                    arrivals.removeIf(a -> a.officialId().equals(change.officialId()));
                    arrivals.add(0, new Arrival(change.officialId(), change.officialName(), change.status(),
                            change.at()));
                } else {
                    arrivals.removeIf(a -> a.officialId().equals(change.officialId()));
                }
                showCounts(update.present(), update.late());
                showNames();
            }));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.projector.title") + " · 学法";
    }
}
