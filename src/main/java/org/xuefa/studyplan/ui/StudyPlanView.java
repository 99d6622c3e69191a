package org.xuefa.studyplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;
import org.xuefa.studyplan.PeriodStatus;
import org.xuefa.studyplan.PlanProgress;
import org.xuefa.studyplan.StudyPlans;

/**
 * Planned against held for a unit and year, per quarter and kind of session; a quarter that fell short is red, and
 * the shortfalls are spelt out above the table. Organizers edit the plan here.
 */
@Route("study-plan")
@Menu(title = "menu.studyPlan", order = 37, icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class StudyPlanView extends VerticalLayout implements HasDynamicTitle {
    final Grid<PlanProgress.Row> grid = new Grid<>();
    private final StudyPlans plans;
    private final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Div summary = new Div();
    private final Button edit;

    public StudyPlanView(StudyPlans plans, OrgUnits orgUnits, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        addClassName("xf-page");
        setSizeFull();
        List<OrgUnitRecord> units = orgUnits.visibleTree();
        unit.setLabel(getTranslation("study.plan.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "　".repeat(Math.max(0, u.depth())) + u.displayName(getLocale()));
        unit.setId("plan-unit");
        unit.setWidth("18rem");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("study.plan.year"));
        year.setItems(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.setId("plan-year");
        boolean organizer = currentUser.get().map(u -> u.has(Role.ORGANIZER) || u.has(Role.ADMIN)).orElse(false);
        edit = new Button(getTranslation("study.plan.edit"), VaadinIcon.EDIT.create(), e -> openEditor());
        edit.setId("plan-edit");
        edit.setVisible(organizer);
        HorizontalLayout toolbar = new HorizontalLayout(unit, year, edit);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("xf-toolbar");
        summary.setId("plan-summary");
        summary.addClassName("xf-sentences");
        grid.setId("plan-grid");
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("study.plan.title")), toolbar, summary, grid);
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        units.stream().findFirst().ifPresent(unit::setValue);
    }

    private void refresh() {
        if (unit.getValue() == null || year.getValue() == null) {
            return;
        }
        PlanProgress p = plans.progress(unit.getValue().id(), year.getValue());
        summary.removeAll();
        if (!p.planned()) {
            summary.add(new Paragraph(getTranslation("study.plan.none", p.year())));
        } else if (p.shortQuarters().isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("study.plan.onTrack", p.year()));
            ok.addClassName("xf-ok");
            summary.add(ok);
        } else {
            for (int q : p.shortQuarters()) {
                for (PlanProgress.Row r : p.rows()) {
                    if (r.quarters().get(q - 1) == PeriodStatus.SHORT) {
                        Paragraph line = new Paragraph(getTranslation("study.plan.shortfall", quarter(q),
                                getTranslation("sessionKind." + r.kind()), r.perQuarter(), r.held().get(q - 1)));
                        line.addClassName("xf-gap");
                        summary.add(line);
                    }
                }
            }
        }
        grid.removeAllColumns();
        grid.addColumn(r -> getTranslation("sessionKind." + r.kind())).setHeader(getTranslation("study.plan.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> plannedText(r)).setHeader(getTranslation("study.plan.planned")).setAutoWidth(true);
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            Span header = new Span(quarter(q));
            if (p.shortQuarters().contains(q)) {
                header.addClassName("xf-gap");
                header.setId("plan-short-q" + q);
            }
            grid.addComponentColumn(r -> cell(r.held().get(quarter - 1), r.perQuarter(), r.scheduled().get(quarter - 1),
                    r.quarters().get(quarter - 1))).setHeader(header).setAutoWidth(true);
        }
        grid.addComponentColumn(r -> cell(r.heldInYear(), r.requiredInYear(),
                r.scheduled().stream().mapToInt(Integer::intValue).sum(), r.year()))
                .setHeader(getTranslation("study.plan.wholeYear")).setAutoWidth(true);
        grid.setItems(p.rows());
    }

    private String plannedText(PlanProgress.Row r) {
        StringBuilder sb = new StringBuilder();
        if (r.perQuarter() > 0) {
            sb.append(getTranslation("study.plan.perQuarter", r.perQuarter()));
        }
        if (r.perYear() > 0) {
            sb.append(sb.isEmpty() ? "" : getTranslation("study.plan.and")).append(getTranslation("study.plan.perYear",
                    r.perYear()));
        }
        return sb.isEmpty() ? getTranslation("study.plan.unplanned") : sb.toString();
    }

    private Span cell(int held, int required, int scheduled, PeriodStatus status) {
        String text = required > 0 ? held + " / " + required : String.valueOf(held);
        if (scheduled > 0) {
            text += "　" + getTranslation("study.plan.scheduled", scheduled);
        }
        Span s = new Span(text);
        s.getElement().setAttribute("title", getTranslation("periodStatus." + status));
        s.addClassName("xf-plan-" + status.name().toLowerCase());
        return s;
    }

    private String quarter(int q) {
        return getTranslation("study.plan.quarter." + q);
    }

    private void openEditor() {
        if (unit.getValue() == null) {
            return;
        }
        OrgUnitRecord u = unit.getValue();
        int y = year.getValue();
        new PlanEditor(plans, u, y, plans.plan(u.id(), y).orElse(null), this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.plan.title") + " · 学法";
    }
}
