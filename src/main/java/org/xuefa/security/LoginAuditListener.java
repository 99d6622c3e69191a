package org.xuefa.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;

/** Writes logins and failed logins to the audit log. */
@Component
class LoginAuditListener {
    private final AuditLog audit;

    LoginAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordAs(name, "LOGIN", "account", null, "login " + name, null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        audit.recordAs(name, "LOGIN_FAILED", "account", null, "failed login " + name,
                event.getException().getClass().getSimpleName());
    }
}
