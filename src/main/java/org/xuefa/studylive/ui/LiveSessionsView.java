package org.xuefa.studylive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.Times;
import org.xuefa.security.Roles;
import org.xuefa.studylive.LiveQuiz;
import org.xuefa.studylive.LiveQuizSummary;

/** Today's sessions in the organizer's scope, each with the way into its live quiz. */
@Route("live")
@Menu(title = "menu.live", order = 34, icon = "vaadin:presentation")
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
public class LiveSessionsView extends VerticalLayout implements HasDynamicTitle {

    public LiveSessionsView(LiveQuiz liveQuiz) {
        addClassName("xf-page");
        add(new H1(getTranslation("live.sessions.title")));
        Div cards = new Div();
        cards.addClassName("xf-cards");
        var today = liveQuiz.today();
        for (LiveQuizSummary s : today) {
            Span when = new Span(getTranslation("live.facts", s.session().unitName(), Times.time(s.session().startsAt()),
                    Times.time(s.session().endsAt())));
            when.addClassName("xf-muted");
            Paragraph state = new Paragraph(s.ended() ? getTranslation("live.state.ended")
                    : s.started() ? getTranslation("live.sessions.running", s.asked())
                    : getTranslation("live.sessions.notStarted"));
            Button go = new Button(getTranslation("live.sessions.run"),
                    e -> getUI().ifPresent(ui -> ui.navigate(LiveControlView.route(s.session().id()))));
            go.setId("live-run-" + s.session().id());
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Card card = new Card(s.session().title(), when, state, go);
            card.setId("live-session-" + s.session().id());
            cards.add(card);
        }
        if (today.isEmpty()) {
            cards.add(new Paragraph(getTranslation("live.sessions.none")));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.sessions.title") + " · 学法";
    }
}
