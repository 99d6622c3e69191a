package org.xuefa.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.xuefa.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {
    /** Browser features no Xuefa page uses; nothing embedded may ask for them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=()";

    /**
     * The Content-Security-Policy Vaadin Flow works under: its bootstrap page starts the client engine with an
     * inline script and the engine builds functions from the JavaScript the server sends, hence 'unsafe-inline'
     * and 'unsafe-eval' for scripts and 'unsafe-inline' for styles (Vaadin's documented requirement). Everything
     * else comes from this origin; push uses a websocket to it, named explicitly for browsers whose 'self' does not
     * cover ws:/wss:. No plugins, no framing, no foreign form targets.
     */
    static String contentSecurityPolicy(String publicUrl) {
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'" + websocketOrigin(publicUrl) + "; "
                + "frame-ancestors 'none'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'";
    }

    private static String websocketOrigin(String publicUrl) {
        try {
            URI uri = URI.create(publicUrl);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return "";
            }
            String scheme = "https".equalsIgnoreCase(uri.getScheme()) ? "wss" : "ws";
            return " " + scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl, SessionStamps stamps,
            AccountSessions sessions)
            throws Exception {
        http.addFilterAfter(new SessionStampFilter(stamps, sessions), SecurityContextHolderFilter.class);
        // HSTS is Spring Security's default on secure requests; behind a TLS proxy the request is secure once
        // server.forward-headers-strategy trusts X-Forwarded-Proto. X-Frame-Options stays DENY.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(publicUrl)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        http.authorizeHttpRequests(auth -> auth
                // personal calendar feeds: the secret token in the link is the credential (calendar apps cannot sign in)
                .requestMatchers("/calendar/*.ics").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/export/**", "/files/**").access(withOwnPassword())
                .requestMatchers("/images/**", "/icons/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    /**
     * Signed in, and not waiting to replace a password set by an administrator: downloads stay closed until then,
     * as the views do ({@code ui.PasswordChangeGuard}).
     */
    static AuthorizationManager<RequestAuthorizationContext> withOwnPassword() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            return new AuthorizationDecision(auth != null && auth.isAuthenticated()
                    && auth.getPrincipal() instanceof XuefaUser user && !user.mustChangePassword());
        };
    }

    /** The only authentication provider: passwords from the accounts table, behind the sign-in throttle. */
    @Bean
    AuthenticationProvider throttlingAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
            SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
