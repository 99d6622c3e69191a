package org.xuefa.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.base.ui.Times;
import org.xuefa.study.MySession;
import org.xuefa.study.SessionAttendance;

/** The start page's upcoming study sessions for the invitee, check-in first when it is open. */
@org.springframework.stereotype.Component
class SessionsCard implements DashboardCard {
    private static final int SHOWN = 3;
    private final SessionAttendance attendance;

    SessionsCard(SessionAttendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Optional<Component> create() {
        var mine = attendance.mySessions();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("study.card.title"));
        card.setId("card-sessions");
        for (MySession m : mine.stream().limit(SHOWN).toList()) {
            Paragraph p = new Paragraph(new RouterLink(m.session().title(), MySessionsView.class));
            Span when = new Span("　" + Times.span(m.session().startsAt(), m.session().endsAt()));
            when.addClassName("xf-muted");
            p.add(when);
            if (m.checkInOpen() && (m.attendance() == null || !m.attendance().attended())) {
                Span open = new Span("　" + ui.getTranslation("study.card.checkInOpen"));
                open.addClassName("xf-gap");
                p.add(open);
            } else if (m.attendance() != null) {
                p.add(new Span("　" + ui.getTranslation("attendanceStatus." + m.attendance())));
            }
            card.add(p);
        }
        if (mine.size() > SHOWN) {
            card.add(new Paragraph(new RouterLink(ui.getTranslation("study.card.more", mine.size()),
                    MySessionsView.class)));
        }
        return Optional.of(card);
    }
}
