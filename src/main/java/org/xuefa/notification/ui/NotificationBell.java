package org.xuefa.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.xuefa.base.ui.HeaderItem;
import org.xuefa.notification.Notifications;
import org.xuefa.security.CurrentUser;

/**
 * The bell in the top bar: the unread count, refreshed on every navigation, when notices are read and, pushed, when a
 * new notice arrives (created on any node).
 */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {
    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationBell(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().map(u -> u.accountId() == null).orElse(true)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Span badge = new Span();
        badge.setId("notification-count");
        badge.addClassName("xf-bell-badge");
        Button bell = new Button(VaadinIcon.BELL.create(), e -> ui.navigate(NotificationsView.class));
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.getElement().appendChild(badge.getElement());
        bell.addClassName("xf-bell");
        Runnable refresh = () -> {
            long unread = notifications.unreadCount();
            badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            bell.setAriaLabel(ui.getTranslation("notification.bell", unread));
            bell.setTooltipText(ui.getTranslation("notification.bell", unread));
        };
        refresh.run();
        bell.addAttachListener(attach -> {
            var navigation = attach.getUI().addAfterNavigationListener(e -> refresh.run());
            var changes = ComponentUtil.addListener(attach.getUI(), Changed.class, e -> refresh.run());
            UI attached = attach.getUI();
            Runnable newNotices = notifications.listen(() -> attached.access(refresh::run));
            bell.addDetachListener(detach -> {
                navigation.remove();
                changes.remove();
                newNotices.run();
                detach.unregisterListener();
            });
        });
        return Optional.of(bell);
    }

    /** Fired on the UI when the user has read notices, so the count follows at once. */
    static final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }
}
