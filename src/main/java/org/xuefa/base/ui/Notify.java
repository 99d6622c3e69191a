package org.xuefa.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.base.BusinessException;

/** Shows outcomes to the user in their language. */
public final class Notify {
    private Notify() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Translates a rule broken, a stale edit or a refused call into a message; rethrows anything else. */
    public static void failure(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof BusinessException b) {
            error(ui.getTranslation(b.messageKey(), b.args()));
        } else if (e instanceof OptimisticLockingFailureException) {
            error(ui.getTranslation("error.conflict"));
        } else if (e instanceof AccessDeniedException) {
            error(ui.getTranslation("error.access-denied"));
        } else {
            throw e;
        }
    }

    /** Runs an action and reports a failure instead of letting it escape; returns whether it succeeded. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            failure(e);
            return false;
        }
    }
}
