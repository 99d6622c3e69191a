package org.xuefa.studyreport.ui;

import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xuefa.base.ui.AwaitingDecision;
import org.xuefa.base.ui.Times;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.studymakeup.OverdueMakeups;

/**
 * For the organizer's inbox: sessions with make-up tasks past their due date, each opening the session's make-up
 * list ({@link SessionMakeupView}) where the organizer may give more time.
 */
@Component
class OverdueMakeupAwaiting implements AwaitingDecision {
    private final OverdueMakeups overdue;
    private final CurrentUser currentUser;

    OverdueMakeupAwaiting(OverdueMakeups overdue, CurrentUser currentUser) {
        this.overdue = overdue;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Pending> pending(int limit) {
        if (!currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        long count = overdue.count();
        if (count == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        return Optional.of(new Pending("makeup-overdue", ui.getTranslation("makeup.inbox.overdue.count", count), count,
                overdue.sessions(limit).stream().map(s -> new Item(ui.getTranslation("makeup.inbox.overdue.session",
                        s.title(), s.overdue(), Times.date(s.earliestDue())), "attendance/session/" + s.sessionId()))
                        .toList()));
    }
}
