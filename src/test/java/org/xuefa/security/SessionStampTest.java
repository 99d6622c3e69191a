package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;
import org.xuefa.support.Fixtures;

/** Sessions end when their account is disabled, regranted or given a new password (the security stamp). */
class SessionStampTest extends ServiceTestBase {
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    SessionStamps stamps;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AccountSessions sessions;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    private String newCadre() {
        return fixtures.newAccount(Role.CADRE, fixtures.unit("tangpeng"), null);
    }

    private XuefaUser principal(String username) {
        return (XuefaUser) userDetailsService.loadUserByUsername(username);
    }

    private UserAccount stored(String username) {
        return repository.findByUsername(username).orElseThrow();
    }

    @Test
    void disabling_an_account_ends_its_sessions_and_the_filter_invalidates_them() throws Exception {
        String user = newCadre();
        XuefaUser signedIn = principal(user);
        assertThat(stamps.isCurrent(signedIn)).isTrue();
        MockHttpSession session = new MockHttpSession();
        assertThat(filter(signedIn, session).isInvalid()).as("a current session goes on").isFalse();

        UserAccount account = stored(user);
        fixtures.asAdmin(() -> accounts.setEnabled(account.getId(), false, account.getVersion()));

        assertThat(stamps.isCurrent(signedIn)).isFalse();
        assertThat(filter(signedIn, session).isInvalid()).isTrue();
        UserAccount disabled = stored(user);
        fixtures.asAdmin(() -> accounts.setEnabled(disabled.getId(), true, disabled.getVersion()));
        assertThat(stamps.isCurrent(signedIn)).as("enabling again does not revive old sessions").isFalse();
        assertThat(stamps.isCurrent(principal(user))).as("a new sign-in works").isTrue();
    }

    @Test
    void changing_grants_or_resetting_the_password_ends_sessions_but_renaming_does_not() {
        String user = newCadre();
        XuefaUser first = principal(user);
        UserAccount account = stored(user);
        fixtures.asAdmin(() -> accounts.update(account.getId(), "Renamed", null, account.grants(),
                account.getVersion()));
        assertThat(stamps.isCurrent(first)).isTrue();

        UserAccount renamed = stored(user);
        fixtures.asAdmin(() -> accounts.update(renamed.getId(), "Renamed", null,
                Set.of(new RoleGrant(Role.CADRE, fixtures.unit("tangpeng")), new RoleGrant(Role.HR,
                        fixtures.unit("tangpeng"))), renamed.getVersion()));
        assertThat(stamps.isCurrent(first)).as("a role added").isFalse();

        XuefaUser second = principal(user);
        fixtures.asAdmin(() -> accounts.resetPassword(renamed.getId(), "Lawful-study-2026"));
        assertThat(stamps.isCurrent(second)).isFalse();
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_others() {
        String user = newCadre();
        XuefaUser other = principal(user);
        loginAs(user);
        accounts.changeOwnPassword(Fixtures.PASSWORD, "Lawful-study-2026");

        assertThat(stamps.isCurrent(currentUser.require())).as("this session, re-stamped").isTrue();
        assertThat(stamps.isCurrent(other)).isFalse();
    }

    @Test
    void principals_without_an_account_are_not_checked() {
        assertThat(stamps.isCurrent(Fixtures.cadre(1L))).isTrue();
    }

    @Test
    void over_http_a_disabled_accounts_next_request_is_sent_to_the_login_page() throws Exception {
        String user = newCadre();
        signInOverHttp(user);
        HttpResponse<String> before = get("/");
        assertThat(before.statusCode()).as("signed in").isEqualTo(200);

        UserAccount account = stored(user);
        fixtures.asAdmin(() -> accounts.setEnabled(account.getId(), false, account.getVersion()));

        HttpResponse<String> after = get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signInOverHttp(String user) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher parameter = Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        String form = "username=" + user + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8);
        if (token.find() && parameter.find()) {
            form += "&" + URLEncoder.encode(parameter.group(1), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private MockHttpSession filter(XuefaUser user, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new SessionStampFilter(stamps, sessions).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }
}
