package org.xuefa.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Audits every download of personal data in one place rather than in each controller: the exports under
 * {@code /export/**} (attendance, exam results, credentials, course completions, staffing gaps, session records,
 * sign-in sheets and attachments), scanned credentials under {@code /files/**} and certificates under
 * {@code /certificates/**}. Each entry says who, which file, with which filter (the query string) and from which
 * address; a refused request is recorded too. It is written once the response is complete, in its own transaction.
 */
@Configuration
class DownloadAudit implements WebMvcConfigurer {
    static final String[] PATHS = {"/export/**", "/files/**", "/certificates/**"};
    private static final Logger log = LoggerFactory.getLogger(DownloadAudit.class);
    private final AuditLog audit;

    DownloadAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                    Exception ex) {
                record(request, response.getStatus(), ex);
            }
        }).addPathPatterns(PATHS);
    }

    private void record(HttpServletRequest request, int status, Exception ex) {
        String action;
        if (ex instanceof AccessDeniedException || (ex == null && (status == 401 || status == 403))) {
            action = "DOWNLOAD_REFUSED";
        } else if (ex == null && status >= 200 && status < 300) {
            action = "DOWNLOAD";
        } else {
            return; // not found or failed: nothing left the server
        }
        String query = request.getQueryString();
        try {
            audit.record(action, "download", null, request.getMethod() + " " + request.getRequestURI(),
                    query == null ? null : "query: " + query);
        } catch (RuntimeException e) {
            log.error("Could not audit the download of {} by {}", request.getRequestURI(), request.getRemoteUser(), e);
        }
    }
}
