package org.xuefa.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.security.AccountSessions;
import org.xuefa.security.SessionSummary;

/** *My settings*: the account's signed-in sessions (started, last seen, address, browser); others can be ended. */
class SessionsList extends Grid<SessionSummary> {
    private final AccountSessions sessions;
    private final String currentId;

    SessionsList(AccountSessions sessions) {
        this.sessions = sessions;
        VaadinSession vaadin = VaadinSession.getCurrent();
        this.currentId = vaadin == null || vaadin.getSession() == null ? null
                : (String) vaadin.getSession().getAttribute(AccountSessions.ATTRIBUTE);
        setId("profile-sessions");
        addColumn(s -> Times.dateTime(s.startedAt())).setHeader(getTranslation("profile.sessions.started"));
        addColumn(s -> Times.dateTime(s.lastSeenAt())).setHeader(getTranslation("profile.sessions.last-seen"));
        addColumn(SessionSummary::clientAddress).setHeader(getTranslation("profile.sessions.address"));
        addColumn(SessionSummary::userAgent).setHeader(getTranslation("profile.sessions.browser")).setFlexGrow(3);
        addComponentColumn(this::action).setHeader("").setKey("action");
        setAllRowsVisible(true);
        refresh();
    }

    private Component action(SessionSummary session) {
        if (session.current()) {
            return new Span(getTranslation("profile.sessions.this"));
        }
        Button end = new Button(getTranslation("profile.sessions.end"), e -> {
            if (Notify.attempt(() -> sessions.endOwnSession(session.id()))) {
                Notify.success(getTranslation("profile.sessions.ended"));
                refresh();
            }
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return end;
    }

    private void refresh() {
        setItems(sessions.ownSessions(currentId));
    }
}
