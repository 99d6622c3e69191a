package org.xuefa.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CourseCatalog;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamStatus;
import org.xuefa.quiz.Exams;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;

/** Organizers' list of exams in their scope: create, edit, preview, publish, and open the results. */
@Route("manage/exams")
@Menu(title = "menu.manageExams", order = 36, icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class ExamManageView extends VerticalLayout implements HasDynamicTitle {
    final Grid<ExamRecord> grid = new Grid<>();
    private final Exams exams;

    public ExamManageView(Exams exams, OrgUnits orgUnits, CourseCatalog catalog, CurrentUser currentUser,
            Officials officials) {
        this.exams = exams;
        addClassName("xf-page");
        setSizeFull();
        boolean organizer = currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false);
        List<OrgUnitRecord> units = orgUnits.visibleTree();
        Button create = new Button(getTranslation("manage.new"), VaadinIcon.PLUS.create(),
                e -> new ExamEditor(exams, null, units, catalog.courses(), officials, this::refresh).open());
        create.setId("exam-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(organizer);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("manage.title")), create);
        toolbar.addClassName("xf-toolbar");
        add(toolbar);
        grid.setId("exams-grid");
        grid.addColumn(ExamRecord::title).setHeader(getTranslation("manage.f.title")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("examStatus." + r.status())).setHeader(getTranslation("manage.status"));
        grid.addColumn(r -> Times.dateTime(r.settings().opensAt()) + " – " + Times.dateTime(r.settings().closesAt()))
                .setHeader(getTranslation("manage.window")).setAutoWidth(true);
        grid.addColumn(r -> r.settings().timeLimitMinutes()).setHeader(getTranslation("manage.f.limit"));
        grid.addColumn(r -> r.maxScore().stripTrailingZeros().toPlainString()).setHeader(getTranslation("manage.max"));
        grid.addComponentColumn(r -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button results = new Button(getTranslation("manage.results"), e -> getUI().ifPresent(
                    ui -> ui.navigate(ExamResultsView.route(r.id()))));
            actions.add(results);
            if (organizer) {
                Button preview = new Button(getTranslation("manage.preview"), e -> preview(r));
                actions.add(preview);
                if (r.status() == ExamStatus.DRAFT) {
                    Button edit = new Button(getTranslation("action.edit"), e -> new ExamEditor(exams, r, units,
                            catalog.courses(), officials, this::refresh).open());
                    Button publish = new Button(getTranslation("manage.publish"), e -> {
                        if (Notify.attempt(() -> exams.publish(r.id(), r.version()))) {
                            refresh();
                        }
                    });
                    publish.setId("exam-publish-" + r.id());
                    actions.add(edit, publish);
                }
            }
            actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
            return actions;
        }).setAutoWidth(true);
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void preview(ExamRecord r) {
        Dialog dialog = new Dialog(getTranslation("manage.previewOf", r.title()));
        dialog.setId("exam-preview");
        try {
            for (Exams.PreviewItem item : exams.preview(r.id())) {
                var q = item.question();
                String options = q.choices().stream().map(o -> o.key() + ". " + o.text())
                        .collect(Collectors.joining("　"));
                Paragraph p = new Paragraph(item.position() + ". " + q.stem() + "　" + options + "　【"
                        + String.join(",", q.answer()) + "】" + item.lawTitle() + " " + getTranslation(
                                "manage.article", q.source().article()));
                dialog.add(p);
            }
        } catch (RuntimeException e) {
            Notify.failure(e);
            return;
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(96vw, 60rem)");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(exams.inScope());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title") + " · 学法";
    }
}
