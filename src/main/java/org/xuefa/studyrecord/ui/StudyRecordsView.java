package org.xuefa.studyrecord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Times;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;
import org.xuefa.studyrecord.MyStudyRecord;
import org.xuefa.studyrecord.StudyRecords;

/**
 * Where records are found: every official sees the sessions they were invited to in the past year, with whether a
 * reflection is asked of them; organizers, leaders and HR also see all sessions in their scope.
 */
@Route("session-records")
@Menu(title = "menu.studyRecords", order = 8, icon = "vaadin:notebook")
@PermitAll
public class StudyRecordsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<MyStudyRecord> mine = new Grid<>();
    final Grid<SessionRecord> all = new Grid<>();

    public StudyRecordsView(StudyRecords records, StudySessions sessions, CurrentUser currentUser) {
        addClassName("xf-page");
        add(new H1(getTranslation("studyRecords.title")));

        add(new H3(getTranslation("studyRecords.mine")));
        var my = records.mine();
        if (my.isEmpty()) {
            add(new Paragraph(getTranslation("studyRecords.mine.none")));
        } else {
            mine.setId("my-records");
            mine.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            mine.addColumn(r -> Times.dateTime(r.session().startsAt())).setHeader(getTranslation("studyRecords.col.when"))
                    .setAutoWidth(true).setFlexGrow(0);
            mine.addColumn(r -> r.session().title()).setHeader(getTranslation("studyRecords.col.title"))
                    .setFlexGrow(1);
            mine.addColumn(r -> Labels.of("attendanceStatus", r.attendance()))
                    .setHeader(getTranslation("studyRecords.col.attendance")).setAutoWidth(true).setFlexGrow(0);
            mine.addComponentColumn(this::reflectionBadge).setHeader(getTranslation("studyRecords.col.reflection"))
                    .setAutoWidth(true).setFlexGrow(0);
            mine.addComponentColumn(r -> open(r.session())).setAutoWidth(true).setFlexGrow(0);
            mine.setItems(my);
            mine.setAllRowsVisible(true);
            add(mine);
        }

        boolean staff = currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.LEADER) || u.has(Role.HR)
                || u.has(Role.ADMIN)).orElse(false);
        if (staff) {
            add(new H3(getTranslation("studyRecords.all")));
            TextField search = new TextField();
            search.setPlaceholder(getTranslation("studyRecords.search"));
            search.setClearButtonVisible(true);
            search.setWidth("min(100%, 24rem)");
            search.setValueChangeMode(ValueChangeMode.LAZY);
            all.setId("all-records");
            all.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            all.addColumn(s -> Times.dateTime(s.startsAt())).setHeader(getTranslation("studyRecords.col.when"))
                    .setAutoWidth(true).setFlexGrow(0);
            all.addColumn(SessionRecord::title).setHeader(getTranslation("studyRecords.col.title")).setFlexGrow(1);
            all.addColumn(s -> Labels.of("sessionKind", s.kind())).setHeader(getTranslation("studyRecords.col.kind"))
                    .setAutoWidth(true).setFlexGrow(0);
            all.addColumn(SessionRecord::unitName).setHeader(getTranslation("studyRecords.col.unit"))
                    .setAutoWidth(true).setFlexGrow(0);
            all.addColumn(s -> getTranslation("studyRecord.status." + s.status().name()))
                    .setHeader(getTranslation("studyRecords.col.status")).setAutoWidth(true).setFlexGrow(0);
            all.addComponentColumn(this::open).setAutoWidth(true).setFlexGrow(0);
            Runnable load = () -> {
                SessionFilter filter = new SessionFilter(null, null, null, null, search.getValue());
                all.setItems(q -> sessions.list(filter, q.getOffset(), q.getLimit()).stream(),
                        q -> (int) sessions.count(filter));
            };
            search.addValueChangeListener(e -> load.run());
            load.run();
            all.setHeight("28rem");
            add(search, all);
        }
    }

    private Span reflectionBadge(MyStudyRecord r) {
        Span badge = new Span();
        if (r.reflected()) {
            badge.setText(getTranslation("studyRecords.reflection.done"));
            badge.getElement().getThemeList().add("badge success");
        } else if (r.reflectionsRequested() && r.attendance() != null && r.attendance().attended()) {
            badge.setText(getTranslation("studyRecords.reflection.due"));
            badge.getElement().getThemeList().add("badge");
        }
        return badge;
    }

    private Button open(SessionRecord s) {
        Button open = new Button(getTranslation("studyRecords.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(StudyRecordView.route(s.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setId("open-record-" + s.id());
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyRecords.title") + " · 学法";
    }
}
