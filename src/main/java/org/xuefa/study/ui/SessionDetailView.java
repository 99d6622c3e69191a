package org.xuefa.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Law;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Roles;
import org.xuefa.study.AttendanceCounts;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionLeave;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;

/**
 * One session: what it is, who is invited and how each stands; for its organizer also leave to decide, marking by
 * hand, the projector for check-in, and closing it. Leaders and HR in scope read it with the roster; an invitee reads
 * what it is (see {@code SessionAccess.viewer}).
 */
@Route("sessions/:sessionId")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN, Roles.CADRE})
public class SessionDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final RosterGrid roster;
    private final StudySessions sessions;
    private final SessionRoster rosters;
    private final SessionDialogs dialogs;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final SessionAccess access;
    private SessionRecord session;

    public SessionDetailView(StudySessions sessions, SessionRoster rosters, SessionLeave leave, SessionClosing closing,
            OrgUnits orgUnits, Officials officials, CourseCatalog catalog, Clock clock, SessionAccess access) {
        this.access = access;
        this.sessions = sessions;
        this.rosters = rosters;
        this.roster = new RosterGrid(rosters, leave, this::render);
        this.dialogs = new SessionDialogs(sessions, rosters, closing);
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.catalog = catalog;
        this.clock = clock;
        addClassName("xf-page");
        setWidthFull();
    }

    static String route(Long sessionId) {
        return "sessions/" + sessionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            session = access.viewer(id).session();
        } catch (RuntimeException e) {
            event.forwardTo(MySessionsView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        SessionAccess.Viewer viewer = access.viewer(session.id());
        session = viewer.session();
        SessionRecord s = session;
        Div facts = new Div();
        facts.setId("session-facts");
        facts.addClassName("xf-card");
        facts.add(fact("study.col.kind", getTranslation("sessionKind." + s.kind())));
        facts.add(fact("study.col.when", Times.span(s.startsAt(), s.endsAt())));
        facts.add(fact("study.col.unit", s.unitName()));
        if (s.data().place() != null) {
            facts.add(fact("study.f.place", s.data().place()));
        }
        if (!s.speaker().isBlank()) {
            facts.add(fact("study.col.speaker", s.speaker()));
        }
        facts.add(fact("study.f.hours", s.creditHours().stripTrailingZeros().toPlainString()));
        if (!s.data().laws().isEmpty()) {
            var laws = catalog.library().laws();
            facts.add(fact("study.f.laws", s.data().laws().stream().map(l -> {
                Law law = laws.get(l.lawId());
                return (law == null ? l.lawId() : law.title(getLocale())) + (l.articles().isEmpty() ? "" : " " + l.articles());
            }).collect(Collectors.joining("；"))));
        }
        if (!s.data().lessons().isEmpty()) {
            facts.add(fact("study.f.lessons", s.data().lessons().stream().map(l -> catalog.course(l.courseId())
                    .flatMap(c -> c.lesson(l.lessonNo()).map(x -> c.title(getLocale()) + " · " + x.title(getLocale())))
                    .orElse(l.courseId() + " #" + l.lessonNo())).collect(Collectors.joining("；"))));
        }
        Span status = new Span(getTranslation("sessionStatus." + s.status()));
        status.setId("session-status");
        facts.add(fact("study.col.status", status));
        if (s.cancelReason() != null) {
            facts.add(fact("study.cancel.reason", s.cancelReason()));
        }

        if (!viewer.reader()) {
            add(new H1(s.title()), facts);
            return;
        }
        AttendanceCounts c = rosters.counts(s.id());
        Paragraph counts = new Paragraph(getTranslation("study.detail.counts", c.invited(), c.present(), c.late(),
                c.excused(), c.absent(), c.unmarked()));
        counts.setId("session-counts");
        counts.addClassName("xf-sentences");

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("xf-toolbar");
        if (!viewer.organizer()) {
            Paragraph readOnly = new Paragraph(getTranslation("study.detail.readOnly"));
            readOnly.setId("session-read-only");
            readOnly.addClassName("xf-muted");
            actions.add(readOnly);
        } else if (s.status() == SessionStatus.SCHEDULED) {
            Anchor projector = new Anchor(ProjectorView.route(s.id()), getTranslation("study.detail.projector"));
            projector.setTarget("_blank");
            projector.setId("session-projector");
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e -> new SessionEditor(
                    sessions, session, SessionEditor.Choices.load(orgUnits, officials, catalog), clock, this::render)
                    .open());
            edit.setId("session-edit");
            Button cancel = new Button(getTranslation("study.detail.cancel"), e -> dialogs.cancel(session, this::render));
            cancel.setId("session-cancel");
            // secondary: closing makes everyone unmarked absent, so it is never the obvious next step
            Button close = new Button(getTranslation("study.detail.close"), e -> dialogs.close(session,
                    clock.instant().isBefore(session.startsAt()), this::render));
            close.setId("session-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(projector, edit, cancel, close);
        }
        if (viewer.organizer() && s.status() != SessionStatus.CANCELLED) {
            // the other pages of the same session: its live quiz, its record and print-outs, its make-up study
            if (s.status() == SessionStatus.SCHEDULED && !s.data().lessons().isEmpty()) {
                actions.add(link("session-live", "study.detail.live", "sessions/" + s.id() + "/live"));
            }
            actions.add(link("session-record", "study.detail.record", "sessions/" + s.id() + "/record"));
            if (s.status() == SessionStatus.CLOSED) {
                actions.add(link("session-makeup", "study.detail.makeup", "attendance/session/" + s.id()));
            }
        }
        roster.show(s, viewer.organizer());
        add(new H1(s.title()), facts, counts, actions, roster);
    }

    private Div fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private Div fact(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("xf-muted");
        label.getStyle().set("display", "inline-block").set("min-width", "9em");
        Div row = new Div(label, value);
        row.getStyle().set("padding", "2px 0");
        return row;
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.title()) + " · 学法";
    }

    private Anchor link(String id, String key, String route) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.setId(id);
        return link;
    }
}
