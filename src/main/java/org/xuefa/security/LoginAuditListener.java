package org.xuefa.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;

/** Writes logins to the audit log; failed logins are audited, in bounded form, by the {@link SignInThrottle}. */
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
}
