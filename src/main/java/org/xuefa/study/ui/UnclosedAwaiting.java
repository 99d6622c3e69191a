package org.xuefa.study.ui;

import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xuefa.base.ui.AwaitingDecision;
import org.xuefa.base.ui.Times;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.study.OrganizerInbox;

/** For the organizer's inbox: sessions that have ended but are still open, each closed on its own page. */
@Component
class UnclosedAwaiting implements AwaitingDecision {
    private final OrganizerInbox inbox;
    private final CurrentUser currentUser;

    UnclosedAwaiting(OrganizerInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Pending> pending(int limit) {
        if (!currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        long count = inbox.countUnclosed();
        if (count == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        return Optional.of(new Pending("unclosed", ui.getTranslation("study.inbox.unclosed.count", count), count,
                inbox.unclosed(limit).stream().map(s -> new Item(s.title() + " · " + Times.span(s.startsAt(),
                        s.endsAt()), "sessions/" + s.sessionId())).toList()));
    }
}
