package org.xuefa.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, regranted or given a new password since it signed in: the HTTP session
 * is invalidated and the request goes on unauthenticated, so a page is redirected to the login view and a Vaadin
 * request finds its session gone (the browser reloads and lands on the login view). Runs in Spring Security's chain
 * right after the security context is loaded (see {@code SecurityConfig}); not a bean, so it is not also registered
 * as a servlet filter. It also keeps the account's list of sessions ({@link AccountSessions}).
 */
class SessionStampFilter extends OncePerRequestFilter {
    private static final String TOUCHED = SessionStampFilter.class.getName() + ".touched";

    private final SessionStamps stamps;
    private final AccountSessions sessions;

    SessionStampFilter(SessionStamps stamps, AccountSessions sessions) {
        this.stamps = stamps;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof XuefaUser user
                && user.accountId() != null && !(stamps.isCurrent(user) && keep(session, user, request))) {
            SecurityContextHolder.clearContext();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended by a concurrent request
            }
        }
        chain.doFilter(request, response);
    }

    /** Records a new session, refuses one ended from *My settings*, and notes when it was last seen. */
    private boolean keep(HttpSession session, XuefaUser user, HttpServletRequest request) {
        long now = System.nanoTime();
        if (!(session.getAttribute(AccountSessions.ATTRIBUTE) instanceof String id)) {
            session.setAttribute(AccountSessions.ATTRIBUTE,
                    sessions.start(user.accountId(), request.getRemoteAddr(), request.getHeader("User-Agent")));
            session.setAttribute(TOUCHED, now);
            return true;
        }
        if (!sessions.isOpen(id)) {
            return false;
        }
        if (!(session.getAttribute(TOUCHED) instanceof Long touched)
                || now - touched > AccountSessions.TOUCH_EVERY.toNanos()) {
            sessions.touch(id);
            session.setAttribute(TOUCHED, now);
        }
        return true;
    }
}
