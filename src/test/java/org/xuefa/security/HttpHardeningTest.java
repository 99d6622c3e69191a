package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.AuditRecord;

/** The headers a browser gets, over real HTTP to the app on its random port, directly and as if behind a TLS proxy. */
class HttpHardeningTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_login_page_carries_csp_referrer_permissions_and_frame_headers() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
                "connect-src 'self' ws://localhost:8080", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        List<String> sessionCookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(c -> assertThat(c).contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void behind_a_tls_proxy_the_forwarded_https_brings_hsts_and_a_secure_session_cookie() throws Exception {
        HttpResponse<String> login = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");

        assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        List<String> sessionCookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));
    }

    @Test
    void error_pages_show_no_stack_trace_or_message() throws Exception {
        HttpResponse<String> error = get("/error", "Accept", "application/json");

        assertThat(error.body()).doesNotContain("\"trace\"", "\"exception\"", "at org.");
    }

    @Test
    void a_failed_sign_in_is_audited_with_the_address_the_proxy_forwarded() throws Exception {
        HttpResponse<String> page = get("/login");
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher parameter = Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        // an account that exists: unknown user names are audited masked
        String user = fixtures.newAccount(Role.CADRE, fixtures.unit("tangpeng"), null);
        String form = "username=" + user + "&password=wrong";
        if (token.find() && parameter.find()) {
            form += "&" + URLEncoder.encode(parameter.group(1), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.9")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookie.isEmpty()) {
            post.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("redirected back to the login page").isEqualTo(302);

        loginAs("admin");
        List<AuditRecord> entries = audit.search(new AuditFilter(null, null, user, null, null), 0, 5);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.clientAddress()).isEqualTo("203.0.113.9");
        });
    }
}
