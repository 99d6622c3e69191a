package org.xuefa.study.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.xuefa.base.ui.AwaitingDecision;
import org.xuefa.base.ui.Times;
import org.xuefa.security.Roles;
import org.xuefa.study.OrganizerInbox;
import org.xuefa.study.PendingLeave;
import org.xuefa.study.SessionLeave;

/**
 * What awaits the organizer's decision: the other kinds first ({@link AwaitingDecision}: sessions to close, overdue
 * make-up...), each with its count and a link to where it is decided, then the pending leave requests a page at a
 * time, decided in the row.
 */
@Route("inbox")
@Menu(title = "menu.inbox", order = 37, icon = "vaadin:inbox")
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
public class InboxView extends VerticalLayout implements HasDynamicTitle {
    final Grid<PendingLeave> grid = new Grid<>();
    private final OrganizerInbox inbox;
    private final Paragraph count = new Paragraph();

    static final int OTHERS_SHOWN = 20;

    public InboxView(OrganizerInbox inbox, SessionLeave leave, List<AwaitingDecision> others) {
        this.inbox = inbox;
        addClassName("xf-page");
        setSizeFull();
        count.setId("inbox-count");
        grid.setId("inbox-grid");
        grid.addColumn(PendingLeave::officialName).setHeader(getTranslation("study.col.name")).setAutoWidth(true);
        grid.addComponentColumn(p -> new RouterLink(p.sessionTitle(), SessionDetailView.class,
                new RouteParameters("sessionId", String.valueOf(p.sessionId()))))
                .setHeader(getTranslation("study.col.title")).setFlexGrow(1);
        grid.addColumn(p -> Times.span(p.startsAt(), p.endsAt())).setHeader(getTranslation("study.col.when"))
                .setAutoWidth(true);
        grid.addColumn(PendingLeave::unitName).setHeader(getTranslation("study.col.unit")).setAutoWidth(true);
        grid.addColumn(PendingLeave::reason).setHeader(getTranslation("study.inbox.col.reason")).setFlexGrow(1);
        grid.addColumn(p -> Times.dateTime(p.requestedAt())).setHeader(getTranslation("study.inbox.col.asked"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> LeaveDecisions.buttons(p, leave, this::refresh)).setAutoWidth(true)
                .setFlexGrow(0).setKey("decide");
        add(new H1(getTranslation("study.inbox.title")));
        AwaitingList.pending(others, OTHERS_SHOWN).forEach(p -> add(AwaitingList.of(p, "inbox-awaiting-")));
        add(count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        count.setText(getTranslation("study.inbox.count", inbox.count()));
        grid.setItems(q -> inbox.pending(q.getOffset(), q.getLimit()).stream(), q -> (int) inbox.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.inbox.title") + " · 学法";
    }
}
