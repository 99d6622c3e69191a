package org.xuefa.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/** Removes a session's row from the account's list when the HTTP session ends (sign-out, timeout, invalidation). */
@Component
class AccountSessionListener implements HttpSessionListener {
    private final AccountSessions sessions;

    AccountSessionListener(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(AccountSessions.ATTRIBUTE) instanceof String id) {
            sessions.remove(id);
        }
    }
}
