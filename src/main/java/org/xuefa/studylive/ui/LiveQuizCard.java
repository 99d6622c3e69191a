package org.xuefa.studylive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.studylive.LiveSeats;

/** The start page tells an invitee that a live quiz is running in their session, with a way (back) in. */
@org.springframework.stereotype.Component
class LiveQuizCard implements DashboardCard {
    private final LiveSeats seats;

    LiveQuizCard(LiveSeats seats) {
        this.seats = seats;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Component> create() {
        var running = seats.myRunning();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("live.card.title"));
        card.setId("card-live");
        running.forEach(s -> {
            RouterLink link = new RouterLink(ui.getTranslation("live.card.join", s.session().title()),
                    LiveAttendeeView.class, new RouteParameters("sessionId", String.valueOf(s.session().id())));
            link.setId("live-join-" + s.session().id());
            card.add(new Paragraph(link));
        });
        return Optional.of(card);
    }
}
