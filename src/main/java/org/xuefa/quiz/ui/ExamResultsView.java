package org.xuefa.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.quiz.AttemptRow;
import org.xuefa.quiz.AttemptStatus;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.quiz.Exams;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;

/**
 * One exam's results in scope: rates per unit ("—" where nothing was measured), who has not sat or failed and the
 * attempts (lazy grids paged by the database), item analysis above a minimum of answers, exports.
 */
@Route("manage/exams/:examId/results")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class ExamResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ExamResults results;
    private final Exams exams;
    private final boolean organizer;
    final UnitResultsGrid units = new UnitResultsGrid();
    final ItemAnalysisGrid itemGrid = new ItemAnalysisGrid();
    private String title = "";

    public ExamResultsView(ExamResults results, Exams exams, CurrentUser currentUser) {
        this.results = results;
        this.exams = exams;
        this.organizer = currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false);
        addClassName("xf-page");
    }

    static String route(Long examId) {
        return "manage/exams/" + examId + "/results";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long examId = event.getRouteParameters().getLong("examId").orElse(-1L);
        ExamSummary s;
        try {
            s = results.summary(examId);
        } catch (RuntimeException e) {
            event.forwardTo(ExamManageView.class);
            return;
        }
        removeAll();
        title = s.exam().title();
        Anchor csv = new Anchor("/export/exams/" + examId + "/results.csv", getTranslation("staffing.export.csv"));
        csv.setRouterIgnore(true);
        csv.setId("results-csv");
        Anchor xlsx = new Anchor("/export/exams/" + examId + "/results.xlsx", getTranslation("staffing.export.xlsx"));
        xlsx.setRouterIgnore(true);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("results.titleOf", title)), csv, xlsx);
        toolbar.addClassName("xf-toolbar");
        add(toolbar);

        units.show(s);
        add(units);

        add(new H3(getTranslation("results.notSatN", s.notSatCount())),
                people((o, l) -> results.notSat(examId, o, l), s.notSatCount(), examId, "results-not-sat"));
        add(new H3(getTranslation("results.failedN", s.failedCount())),
                people((o, l) -> results.failed(examId, o, l), s.failedCount(), examId, "results-failed"));

        add(new H3(getTranslation("results.attempts")), attempts(examId));

        add(new H3(getTranslation("results.items")));
        Paragraph minimum = new Paragraph(getTranslation("results.items.minimum", results.itemAnalysisMinimum()));
        minimum.addClassName("xf-muted");
        minimum.setId("results-items-minimum");
        itemGrid.setItems(results.itemAnalysis(examId));
        itemGrid.setHeight("24rem");
        add(minimum, itemGrid);
    }

    /** A page of people from the database. */
    private interface Page {
        List<ExamSummary.Person> fetch(int offset, int limit);
    }

    private Grid<ExamSummary.Person> people(Page page, int count, Long examId, String id) {
        Grid<ExamSummary.Person> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ExamSummary.Person::name).setHeader(getTranslation("official.name")).setAutoWidth(true)
                .setTooltipGenerator(ExamSummary.Person::name);
        grid.addColumn(ExamSummary.Person::staffNumber).setHeader(getTranslation("official.staffNumber"));
        grid.addColumn(ExamSummary.Person::unitName).setHeader(getTranslation("official.unit")).setAutoWidth(true)
                .setTooltipGenerator(ExamSummary.Person::unitName);
        grid.addColumn(p -> p.score() == null ? "" : p.score().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("results.col.score"));
        if (organizer) {
            grid.addComponentColumn(p -> grantControls(examId, p)).setAutoWidth(true);
        }
        grid.setItems(q -> page.fetch(q.getOffset(), q.getLimit()).stream(), q -> count);
        grid.setAllRowsVisible(count <= 15);
        if (count > 15) {
            grid.setHeight("20rem");
        }
        return grid;
    }

    private HorizontalLayout grantControls(Long examId, ExamSummary.Person p) {
        IntegerField attempts = new IntegerField();
        attempts.setPlaceholder(getTranslation("results.extraAttempts"));
        attempts.setAriaLabel(getTranslation("results.extraAttempts"));
        attempts.setWidth("7em");
        IntegerField minutes = new IntegerField();
        minutes.setPlaceholder(getTranslation("results.extraMinutes"));
        minutes.setAriaLabel(getTranslation("results.extraMinutes"));
        minutes.setWidth("7em");
        Button grant = new Button(getTranslation("results.grant"), e -> {
            if (Notify.attempt(() -> exams.grant(examId, p.officialId(),
                    attempts.getValue() == null ? 0 : attempts.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue()))) {
                Notify.success(getTranslation("action.saved"));
            }
        });
        grant.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(attempts, minutes, grant);
    }

    /** Every attempt in scope; organizers void one with a reason (audited). */
    private Grid<AttemptRow> attempts(Long examId) {
        Grid<AttemptRow> grid = new Grid<>();
        grid.setId("results-attempts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(AttemptRow::officialName).setHeader(getTranslation("official.name")).setAutoWidth(true);
        grid.addColumn(AttemptRow::unitName).setHeader(getTranslation("official.unit")).setAutoWidth(true);
        grid.addColumn(a -> a.attemptNo() + (a.makeup() ? " " + getTranslation("results.makeup") : ""))
                .setHeader(getTranslation("results.col.attempt"));
        grid.addColumn(a -> getTranslation("attemptStatus." + a.status())).setHeader(getTranslation("manage.status"));
        grid.addColumn(a -> a.score() == null ? "" : a.score().stripTrailingZeros().toPlainString()
                + (a.band() == null ? "" : " · " + getTranslation("band." + a.band())))
                .setHeader(getTranslation("results.col.score"));
        grid.addColumn(a -> Times.dateTime(a.submittedAt())).setHeader(getTranslation("results.col.submitted"));
        grid.addColumn(a -> a.voidReason() == null ? "" : a.voidReason()).setHeader(getTranslation("results.col.voidReason"));
        if (organizer) {
            grid.addComponentColumn(a -> {
                Button voidIt = new Button(getTranslation("results.void"), e -> confirmVoid(a, grid, examId));
                voidIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                voidIt.setVisible(a.status() != AttemptStatus.VOIDED);
                return voidIt;
            }).setAutoWidth(true);
        }
        grid.setItems(q -> results.attempts(examId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) results.countAttempts(examId));
        grid.setHeight("20rem");
        return grid;
    }

    private void confirmVoid(AttemptRow a, Grid<AttemptRow> grid, Long examId) {
        TextField reason = new TextField(
                getTranslation("results.voidReason"));
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("void-dialog");
        dialog.setHeader(getTranslation("results.voidOf", a.officialName(), a.attemptNo()));
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("results.void"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (Notify.attempt(() -> exams.voidAttempt(a.attemptId(), reason.getValue()))) {
                grid.getDataProvider().refreshAll();
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.titleOf", title) + " · 学法";
    }
}
