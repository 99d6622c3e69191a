package org.xuefa.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.xuefa.overview.AnnualDraft;
import org.xuefa.overview.AnnualReports;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Roles;

/**
 * The annual report material of a unit and year (picked on the page, kept in the URL as {@code ?unit=CODE&year=YYYY}):
 * the draft, marked as one, the Word file to edit and the PDF, and the unit's 学法台账 (Excel, PDF). The text is
 * Chinese, the language the report is filed in. A unit outside the reader's scope is refused with a message.
 */
@Route("reports/annual")
@RolesAllowed({Roles.HR, Roles.LEADER, Roles.ADMIN})
public class AnnualReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private final AnnualReports reports;
    private final UnitYearChoice choice;
    private final Anchor docx = UnitYearChoice.download("annual-docx", getTranslation("annual.docx"));
    private final Anchor pdf = UnitYearChoice.download("annual-pdf", getTranslation("annual.pdf"));
    private final Anchor ledgerXlsx = UnitYearChoice.download("annual-ledger-xlsx",
            getTranslation("paperwork.ledger.xlsx"));
    private final Anchor ledgerPdf = UnitYearChoice.download("annual-ledger-pdf",
            getTranslation("paperwork.ledger.pdf"));
    private final HorizontalLayout files = new HorizontalLayout(docx, pdf, ledgerXlsx, ledgerPdf);
    private final Div draft = new Div();

    public AnnualReportView(AnnualReports reports, OrgUnits units, Clock clock) {
        this.reports = reports;
        addClassName("xf-page");
        add(new H1(getTranslation("annual.title")));
        Paragraph intro = new Paragraph(getTranslation("annual.intro"));
        intro.addClassName("xf-muted");
        add(intro);
        choice = new UnitYearChoice("annual", units.visibleTree(), LocalDate.now(clock).getYear(),
                AnnualReportView.class);
        files.setWrap(true);
        draft.setId("annual-draft");
        add(choice, files, draft);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draft.removeAll();
        files.setVisible(false);
        var chosen = choice.read(event.getLocation().getQueryParameters());
        if (chosen.isEmpty()) {
            return;
        }
        if (chosen.get().unit() == null) {
            Paragraph refused = new Paragraph(getTranslation("overview.unit.refused"));
            refused.setId("annual-refused");
            refused.addClassName("xf-warning");
            draft.add(refused);
            return;
        }
        String query = chosen.get().query();
        docx.setHref("export/annual-report.docx?" + query);
        pdf.setHref("export/annual-report.pdf?" + query);
        ledgerXlsx.setHref("export/study-ledger.xlsx?" + query);
        ledgerPdf.setHref("export/study-ledger.pdf?" + query);
        files.setVisible(true);
        Paragraph mark = new Paragraph(AnnualDraft.DRAFT_MARK);
        mark.addClassName("xf-warning");
        draft.add(mark);
        for (AnnualDraft.Section s : reports.draft(chosen.get().unit().code(), chosen.get().year())) {
            draft.add(new H3(s.heading()));
            s.paragraphs().forEach(p -> draft.add(new Paragraph(p)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annual.title") + " · 学法";
    }
}
