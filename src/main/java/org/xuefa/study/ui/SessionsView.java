package org.xuefa.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CourseCatalog;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;

/** The sessions of units in one's scope, latest first, loaded a page at a time; organizers schedule new ones. */
@Route("sessions")
@Menu(title = "menu.sessions", order = 38, icon = "vaadin:group")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class SessionsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<SessionRecord> grid = new Grid<>();
    private final StudySessions sessions;
    private final Select<Integer> year = new Select<>();
    private final Select<SessionKind> kind = new Select<>();
    private final TextField text = new TextField();

    public SessionsView(StudySessions sessions, OrgUnits orgUnits, Officials officials, CourseCatalog catalog,
            CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        addClassName("xf-page");
        setSizeFull();
        boolean organizer = currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false);
        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.setId("sessions-year");
        kind.setItems(SessionKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation("sessionKind." + k));
        text.setPlaceholder(getTranslation("study.sessions.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("sessions-search");
        Button create = new Button(getTranslation("study.sessions.new"), VaadinIcon.PLUS.create(),
                e -> new SessionEditor(sessions, null, SessionEditor.Choices.load(orgUnits, officials, catalog), clock,
                        this::refresh).open());
        create.setId("session-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(organizer);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("study.sessions.title")), year, kind, text,
                create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("xf-toolbar");
        add(toolbar);
        grid.setId("sessions-grid");
        grid.addColumn(r -> Times.span(r.startsAt(), r.endsAt())).setHeader(getTranslation("study.col.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("sessionKind." + r.kind())).setHeader(getTranslation("study.col.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionRecord::title).setHeader(getTranslation("study.col.title")).setFlexGrow(1);
        grid.addColumn(SessionRecord::unitName).setHeader(getTranslation("study.col.unit")).setAutoWidth(true);
        grid.addColumn(SessionRecord::speaker).setHeader(getTranslation("study.col.speaker")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("sessionStatus." + r.status())).setHeader(getTranslation("study.col.status"))
                .setAutoWidth(true).setFlexGrow(0);
        // everyone who may list a session may open it: organizers act on it, leaders and HR read it
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SessionDetailView.route(e.getItem().id()))));
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("study.sessions.open"), e -> getUI().ifPresent(
                    ui -> ui.navigate(SessionDetailView.route(r.id()))));
            open.setId("session-open-" + r.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setAutoWidth(true).setFlexGrow(0).setKey("open");
        add(grid);
        setFlexGrow(1, grid);
        year.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        refresh();
    }

    private SessionFilter filter() {
        return new SessionFilter(null, year.getValue(), kind.getValue(), null, text.getValue());
    }

    private void refresh() {
        SessionFilter f = filter();
        grid.setItems(q -> sessions.list(f, q.getOffset(), q.getLimit()).stream(), q -> (int) sessions.count(f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.sessions.title") + " · 学法";
    }
}
