package org.xuefa.study;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes the moment a check-in link is opened with a valid code, before any redirect to the login page, so that a
 * phone that must sign in first is not refused because the code rotated while its owner typed a password.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class CheckInScanFilter extends OncePerRequestFilter {
    private final CheckInTokens tokens;
    private final Clock clock;

    CheckInScanFilter(CheckInTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !path.startsWith("/checkin/") || path.length() <= 9;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String code = path.substring("/checkin/".length());
        Instant now = clock.instant();
        if (code.indexOf('/') < 0 && tokens.verify(code, now).status() == CheckInTokens.Status.VALID) {
            request.getSession(true).setAttribute(PendingScan.ATTRIBUTE, new PendingScan(code, now));
        }
        chain.doFilter(request, response);
    }
}
