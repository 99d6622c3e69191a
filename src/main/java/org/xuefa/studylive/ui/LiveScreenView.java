package org.xuefa.studylive.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.xuefa.base.PublicUrl;
import org.xuefa.base.ui.Notify;
import org.xuefa.security.Roles;
import org.xuefa.study.ui.shared.QrSvg;
import org.xuefa.studylive.LiveBoard;
import org.xuefa.studylive.LiveQuiz;

/**
 * The projector's view of a live quiz, in large type and without the menu: the session, a QR code and address
 * for phones to join, the current question with how many have answered, and after the reveal the distribution
 * and the right answer. It follows the organizer's control page by push.
 */
@Route(value = "sessions/:sessionId/live/screen", autoLayout = false)
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
public class LiveScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final LiveQuiz liveQuiz;
    private final String publicUrl;
    private final H1 title = new H1();
    private final Div qr = new Div();
    private final Span address = new Span();
    private final LiveQuestionPanel panel = new LiveQuestionPanel();
    private Long sessionId;
    private Runnable unregister;

    public LiveScreenView(LiveQuiz liveQuiz, @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl) {
        this.liveQuiz = liveQuiz;
        this.publicUrl = PublicUrl.base(publicUrl);
        addClassName("xf-live-screen");
        // a screen outside the main layout is its own main landmark
        getElement().setAttribute("role", "main");
        qr.setId("live-qr");
        qr.addClassName("xf-live-qr");
        address.setId("live-address");
        Span scan = new Span(getTranslation("live.screen.scan"));
        Div join = new Div(qr, scan, address);
        join.addClassName("xf-live-join");
        Div main = new Div(panel);
        main.addClassName("xf-live-main");
        Div row = new Div(main, join);
        row.addClassName("xf-live-row");
        add(title, row);
    }

    static String route(Long sessionId) {
        return "sessions/" + sessionId + "/live/screen";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        LiveBoard board;
        try {
            board = liveQuiz.board(sessionId);
        } catch (RuntimeException e) {
            Notify.failure(e);
            event.forwardTo(LiveSessionsView.class);
            return;
        }
        showJoin(publicUrl);
        refresh(board);
    }

    private void showJoin(String base) {
        String url = base + "/" + LiveAttendeeView.route(sessionId);
        qr.getElement().setProperty("innerHTML", QrSvg.render(url));
        address.setText(url);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // phones reach the server the way the projector's browser did, whatever the configured address says
        ui.getPage().fetchCurrentURL(u -> showJoin(u.getProtocol() + "://" + u.getAuthority()));
        if (sessionId != null && unregister == null) {
            unregister = liveQuiz.listen(sessionId, change -> ui.access(
                    () -> Notify.attempt(() -> refresh(liveQuiz.board(sessionId)))));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        super.onDetach(detachEvent);
    }

    private void refresh(LiveBoard board) {
        title.setText(board.session().title());
        if (board.current() == null) {
            panel.showNothing(getTranslation("live.screen.soon"));
        } else {
            panel.show(board.current());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.screen.title") + " · 学法";
    }
}
