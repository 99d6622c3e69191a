package org.xuefa.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.overview.AnnualDraft;
import org.xuefa.overview.AnnualReports;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.security.Roles;

/**
 * The annual report material of a unit and year: the draft, marked as one, and the Word file to edit. The text is
 * Chinese, the language the report is filed in.
 */
@Route("reports/annual")
@RolesAllowed({Roles.HR, Roles.LEADER, Roles.ADMIN})
public class AnnualReportView extends VerticalLayout implements HasDynamicTitle {
    private final AnnualReports reports;
    private final Select<OrgUnitRecord> unit = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Anchor docx = new Anchor();
    private final Div draft = new Div();

    public AnnualReportView(AnnualReports reports, HoursCompliance units, Clock clock) {
        this.reports = reports;
        addClassName("xf-page");
        add(new H1(getTranslation("annual.title")));
        Paragraph intro = new Paragraph(getTranslation("annual.intro"));
        intro.addClassName("xf-muted");
        add(intro);
        unit.setLabel(getTranslation("annual.unit"));
        unit.setItems(units.units());
        unit.setItemLabelGenerator(u -> "\u00a0".repeat(u.depth() * 2) + u.displayName(getLocale()));
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("annual.year"));
        year.setItems(List.of(thisYear, thisYear - 1, thisYear - 2));
        year.setValue(thisYear);
        units.units().stream().findFirst().ifPresent(unit::setValue);
        unit.addValueChangeListener(e -> show());
        year.addValueChangeListener(e -> show());
        docx.setId("annual-docx");
        docx.setText(getTranslation("annual.docx"));
        docx.getElement().setAttribute("router-ignore", true);
        draft.setId("annual-draft");
        add(new HorizontalLayout(unit, year), docx, draft);
        show();
    }

    private void show() {
        draft.removeAll();
        if (unit.getValue() == null || year.getValue() == null) {
            return;
        }
        String code = unit.getValue().code();
        docx.setHref("export/annual-report.docx?unit=" + code + "&year=" + year.getValue());
        Paragraph mark = new Paragraph(AnnualDraft.DRAFT_MARK);
        mark.addClassName("xf-warning");
        draft.add(mark);
        for (AnnualDraft.Section s : reports.draft(code, year.getValue())) {
            draft.add(new H3(s.heading()));
            s.paragraphs().forEach(p -> draft.add(new Paragraph(p)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annual.title") + " · 学法";
    }
}
