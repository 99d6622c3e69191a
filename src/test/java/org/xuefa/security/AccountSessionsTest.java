package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;

/** The list of an account's sessions in *My settings*, and ending one of them from another. */
class AccountSessionsTest extends ServiceTestBase {
    @Autowired
    AccountSessions sessions;
    @Autowired
    SessionStamps stamps;
    @Autowired
    AccountSessionListener listener;

    private MockHttpSession request(XuefaUser user, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        request.setRemoteAddr("203.0.113.7");
        request.addHeader("User-Agent", "Firefox/140");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new SessionStampFilter(stamps, sessions).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }

    @Test
    void sessions_are_listed_and_one_ended_from_another_is_refused_at_its_next_request() throws Exception {
        String username = fixtures.newAccount(Role.CADRE, fixtures.unit("tangpeng"), null);
        XuefaUser user = (XuefaUser) userDetailsService.loadUserByUsername(username);
        MockHttpSession laptop = request(user, new MockHttpSession());
        MockHttpSession phone = request(user, new MockHttpSession());
        String laptopId = (String) laptop.getAttribute(AccountSessions.ATTRIBUTE);
        String phoneId = (String) phone.getAttribute(AccountSessions.ATTRIBUTE);
        assertThat(laptopId).isNotNull().isNotEqualTo(phoneId);

        loginAs(username);
        assertThat(sessions.ownSessions(laptopId)).hasSize(2).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(laptopId);
            assertThat(s.current()).isTrue();
            assertThat(s.clientAddress()).isEqualTo("203.0.113.7");
            assertThat(s.userAgent()).isEqualTo("Firefox/140");
        });
        assertThat(fixtures.as("cadre", () -> sessions.ownSessions(null))).as("another account's")
                .noneMatch(s -> s.id().equals(laptopId));

        fixtures.as("cadre", () -> sessions.endOwnSession(phoneId));
        assertThat(request(user, phone).isInvalid()).as("not the cadre's to end").isFalse();

        loginAs(username);
        sessions.endOwnSession(phoneId);
        assertThat(request(user, phone).isInvalid()).isTrue();
        assertThat(request(user, laptop).isInvalid()).isFalse();
        loginAs(username);
        assertThat(sessions.ownSessions(laptopId)).extracting(SessionSummary::id).containsExactly(laptopId);
    }

    @Test
    void a_session_that_ends_leaves_the_list() throws Exception {
        String username = fixtures.newAccount(Role.CADRE, fixtures.unit("tangpeng"), null);
        XuefaUser user = (XuefaUser) userDetailsService.loadUserByUsername(username);
        MockHttpSession session = request(user, new MockHttpSession());
        listener.sessionDestroyed(new HttpSessionEvent(session));

        loginAs(username);
        assertThat(sessions.ownSessions(null)).isEmpty();
    }
}
