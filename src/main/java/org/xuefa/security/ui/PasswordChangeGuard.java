package org.xuefa.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.xuefa.security.AccountService;

/**
 * Keeps a user who must change their password on {@link ChangePasswordView}: every navigation elsewhere (except
 * the login page) is forwarded there until the password is changed.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {
    private final AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && accounts.mustChangeOwnPassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
