package org.xuefa.security.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HeartbeatEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.xuefa.security.CurrentUser;

/**
 * The idle timeout ({@code xuefa.session.idle-minutes}, Vaadin's {@code closeIdleSessions}): heartbeats keep a tab
 * connected but do not count as use. At a heartbeat less than {@link #WARN_BEFORE} before the end, a signed-in user
 * is warned (any click keeps the session); at the first heartbeat after it, the HTTP session is invalidated, which
 * also signs the user out (Vaadin alone would only drop its own session and keep the sign-in).
 */
@Component
class IdleSessions implements VaadinServiceInitListener {
    static final Duration WARN_BEFORE = Duration.ofMinutes(3);
    private static final String WARNED = IdleSessions.class.getName() + ".warned";

    private final CurrentUser currentUser;

    IdleSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addHeartbeatListener(this::heartbeat));
    }

    void heartbeat(HeartbeatEvent event) {
        UI ui = event.getSource();
        VaadinSession session = ui.getSession();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null || http.getMaxInactiveInterval() <= 0 || currentUser.get().isEmpty()) {
            return;
        }
        long lastUse = session.getLastRequestTimestamp();
        long left = http.getMaxInactiveInterval() * 1000L - (event.getHeartbeatTime() - lastUse);
        if (left <= 0) {
            http.invalidate();
        } else if (left <= WARN_BEFORE.toMillis() && !Long.valueOf(lastUse).equals(ComponentUtil.getData(ui, WARNED))) {
            ComponentUtil.setData(ui, WARNED, lastUse);
            long minutes = Math.max(1, Math.round(left / 60_000.0));
            ui.access(() -> warn(ui, (int) left, minutes));
        }
    }

    private static void warn(UI ui, int millis, long minutes) {
        Notification notification = new Notification();
        notification.setDuration(millis);
        notification.setPosition(Notification.Position.MIDDLE);
        Button stay = new Button(ui.getTranslation("session.idle.stay"), click -> notification.close());
        notification.add(new HorizontalLayout(new Span(ui.getTranslation("session.idle.warning", minutes)), stay));
        ui.add(notification);
        notification.open();
    }
}
