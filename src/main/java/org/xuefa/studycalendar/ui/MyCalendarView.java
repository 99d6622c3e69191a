package org.xuefa.studycalendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.studycalendar.CalendarFeeds;

/**
 * The signed-in user's calendar subscription: make a personal link for their phone or desktop calendar, copy it
 * (shown once, as only its hash is kept), make a new one, or revoke it.
 */
@Route("my-calendar")
@PermitAll
public class MyCalendarView extends VerticalLayout implements HasDynamicTitle {
    private final CalendarFeeds feeds;
    final Paragraph status = new Paragraph();
    final TextField link = new TextField();
    final Button copy = new Button();
    final Button create = new Button();
    final Button revoke = new Button();

    public MyCalendarView(CalendarFeeds feeds) {
        this.feeds = feeds;
        addClassName("xf-page");
        setMaxWidth("52rem");
        add(new H1(getTranslation("calendarFeed.title")));
        add(new Paragraph(getTranslation("calendarFeed.intro")));
        status.setId("calendar-status");
        link.setId("calendar-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setLabel(getTranslation("calendarFeed.link"));
        link.setHelperText(getTranslation("calendarFeed.shownOnce"));
        link.setVisible(false);
        copy.setText(getTranslation("calendarFeed.copy"));
        copy.setId("calendar-copy");
        copy.setVisible(false);
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            Notify.success(getTranslation("calendarFeed.copied"));
        });
        create.setId("calendar-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            String[] url = new String[1];
            if (Notify.attempt(() -> url[0] = feeds.regenerate())) {
                link.setValue(url[0]);
                link.setVisible(true);
                copy.setVisible(true);
                update();
            }
        });
        revoke.setText(getTranslation("calendarFeed.revoke"));
        revoke.setId("calendar-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(e -> {
            if (Notify.attempt(feeds::revoke)) {
                link.clear();
                link.setVisible(false);
                copy.setVisible(false);
                Notify.success(getTranslation("calendarFeed.revoked"));
                update();
            }
        });
        HorizontalLayout linkRow = new HorizontalLayout(link, copy);
        linkRow.setWidthFull();
        linkRow.setAlignItems(Alignment.BASELINE);
        add(status, linkRow, new HorizontalLayout(create, revoke), new Paragraph(getTranslation("calendarFeed.howTo")));
        update();
    }

    private void update() {
        var since = feeds.activeSince();
        status.setText(since.map(at -> getTranslation("calendarFeed.active", Times.dateTime(at)))
                .orElse(getTranslation("calendarFeed.inactive")));
        create.setText(getTranslation(since.isPresent() ? "calendarFeed.regenerate" : "calendarFeed.create"));
        revoke.setVisible(since.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendarFeed.title") + " · 学法";
    }
}
