package org.xuefa.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Times;
import org.xuefa.notification.NotificationRecord;
import org.xuefa.notification.Notifications;

/** The user's notices, newest first; opening one marks it read and follows its link. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {
    private final Notifications notifications;
    final Grid<NotificationRecord> grid = new Grid<>();

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("xf-page");
        setSizeFull();
        Button allRead = new Button(getTranslation("notification.markAllRead"), VaadinIcon.CHECK.create(), e -> {
            notifications.markAllRead();
            changed();
        });
        allRead.setId("notifications-all-read");
        allRead.setDisableOnClick(true);
        HorizontalLayout top = new HorizontalLayout(new H1(getTranslation("notification.title")), allRead);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(n -> {
            Span text = new Span(getTranslation(n.messageKey(), n.args(getLocale())));
            Div line = new Div(text);
            line.addClassName(n.read() ? "xf-notice-read" : "xf-notice-unread");
            return line;
        }).setHeader(getTranslation("notification.message")).setFlexGrow(1);
        grid.addColumn(n -> Times.dateTime(n.createdAt())).setHeader(getTranslation("notification.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.count()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("notification.none"));
        add(top, grid);
        setFlexGrow(1, grid);
        allRead.setEnabled(notifications.unreadCount() > 0);
    }

    void open(NotificationRecord n) {
        if (!n.read()) {
            notifications.markRead(n.id());
            changed();
        }
        if (n.link() != null && !n.link().isBlank()) {
            UI.getCurrent().navigate(n.link());
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new NotificationBell.Changed(ui));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title") + " · 学法";
    }
}
