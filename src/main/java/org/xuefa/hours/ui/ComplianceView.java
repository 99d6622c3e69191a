package org.xuefa.hours.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.xuefa.hours.ComplianceRow;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.hours.PaceRules;
import org.xuefa.hours.Progress;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.security.Roles;

/**
 * Hours compliance (学时达标) of a unit's subtree: per unit, then per person (paged from the database, optionally
 * only those behind pace), with the pace rule stated and the CSV/XLSX downloads.
 */
@Route("hours-compliance")
@Menu(title = "menu.hoursCompliance", order = 34.5, icon = "vaadin:hourglass-end")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class ComplianceView extends VerticalLayout implements HasDynamicTitle {
    private final HoursCompliance compliance;
    private final Select<OrgUnitRecord> unit = new Select<>();
    private final Checkbox behindOnly = new Checkbox();
    private final Grid<UnitCompliance> units = new Grid<>();
    private final Grid<ComplianceRow> people = new Grid<>();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();

    public ComplianceView(HoursCompliance compliance) {
        this.compliance = compliance;
        addClassName("xf-page");
        add(new H1(getTranslation("hours.compliance.title")));
        Paragraph rule = new Paragraph(getTranslation("hours.rule", PaceRules.RECENT_DAYS));
        rule.setId("hours-rule");
        rule.addClassName("xf-muted");
        unit.setLabel(getTranslation("annual.unit"));
        unit.setItems(compliance.units());
        unit.setItemLabelGenerator(u -> "\u00a0".repeat(u.depth() * 2) + u.displayName(getLocale()));
        compliance.units().stream().findFirst().ifPresent(unit::setValue);
        behindOnly.setLabel(getTranslation("hours.compliance.behindOnly"));
        unit.addValueChangeListener(e -> refresh());
        behindOnly.addValueChangeListener(e -> refresh());
        for (Anchor a : new Anchor[] {csv, xlsx}) {
            a.getElement().setAttribute("router-ignore", true);
        }
        csv.setText("CSV");
        xlsx.setText("Excel");
        units.setId("compliance-units");
        units.addColumn(u -> u.unitId() == null ? getTranslation("overview.total") : u.unitName())
                .setHeader(getTranslation("overview.col.unit")).setFlexGrow(2);
        units.addColumn(UnitCompliance::people).setHeader(getTranslation("overview.col.people"));
        units.addColumn(UnitCompliance::met).setHeader(getTranslation("overview.col.met"));
        units.addColumn(UnitCompliance::behind).setHeader(getTranslation("overview.col.behind"));
        units.addColumn(UnitCompliance::cannotMakeIt).setHeader(getTranslation("overview.col.cannot"));
        units.setAllRowsVisible(true);
        people.setId("compliance-people");
        people.addColumn(ComplianceRow::name).setHeader(getTranslation("hours.compliance.col.name"));
        people.addColumn(ComplianceRow::unitName).setHeader(getTranslation("hours.compliance.col.unit"));
        people.addColumn(r -> cell(r.training())).setHeader(getTranslation("hours.kind.TRAINING")).setFlexGrow(2);
        people.addColumn(r -> cell(r.online())).setHeader(getTranslation("hours.kind.ONLINE")).setFlexGrow(2);
        people.setPageSize(50);
        add(rule, new HorizontalLayout(unit, behindOnly), new HorizontalLayout(csv, xlsx), units,
                new H3(getTranslation("hours.compliance.people")), people);
        refresh();
    }

    private String cell(Progress p) {
        return MyHoursView.plain(p.earned()) + " / " + MyHoursView.plain(p.required()) + " · "
                + getTranslation("hours.standing." + p.standing());
    }

    private void refresh() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        boolean behind = behindOnly.getValue();
        units.setItems(compliance.units(unitId));
        people.setItems(q -> compliance.people(unitId, behind, q.getOffset(), q.getLimit()).stream(),
                q -> (int) compliance.count(unitId, behind));
        String query = unitId == null ? "" : "?unit=" + unitId;
        csv.setHref("export/hours-compliance.csv" + query);
        xlsx.setHref("export/hours-compliance.xlsx" + query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hours.compliance.title") + " · 学法";
    }
}
