package org.xuefa.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xuefa.base.i18n.Messages;
import org.xuefa.overview.LeadersOverview;
import org.xuefa.overview.OverviewFigures;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Roles;

/**
 * The leaders' overview (总览): the scope's year at a glance, each chart drawn on the server as SVG with its table
 * and a link to the screen behind it, for a unit of the reader's scope and a year picked on the page and kept in the
 * URL ({@code ?unit=CODE&year=YYYY}); a unit outside the scope is refused with a message and no figures. Organizers
 * see no credentials or staffing (they may not read them).
 */
@Route("overview")
@Menu(title = "menu.overview", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class OverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private final LeadersOverview overview;
    private final Messages messages;
    private final UnitYearChoice choice;
    private final Anchor annual = new Anchor();
    private final Anchor ledgerXlsx = UnitYearChoice.download("overview-ledger-xlsx",
            getTranslation("paperwork.ledger.xlsx"));
    private final Anchor ledgerPdf = UnitYearChoice.download("overview-ledger-pdf",
            getTranslation("paperwork.ledger.pdf"));
    private final Div charts = new Div();

    public OverviewView(LeadersOverview overview, OrgUnits units, Messages messages, Clock clock) {
        this.overview = overview;
        this.messages = messages;
        addClassName("xf-page");
        add(new H1(getTranslation("overview.title")));
        choice = new UnitYearChoice("overview", units.visibleTree(), LocalDate.now(clock).getYear(),
                OverviewView.class);
        annual.setId("overview-annual");
        annual.setText(getTranslation("overview.link.annual"));
        add(choice, new HorizontalLayout(annual, ledgerXlsx, ledgerPdf));
        charts.addClassName("xf-cards");
        charts.addClassName("xf-charts");
        charts.setId("overview-charts");
        add(charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        charts.removeAll();
        var chosen = choice.read(event.getLocation().getQueryParameters());
        if (chosen.isEmpty()) {
            charts.add(new Paragraph(getTranslation("overview.nothing")));
            return;
        }
        if (chosen.get().unit() == null) {
            Paragraph refused = new Paragraph(getTranslation("overview.unit.refused"));
            refused.setId("overview-refused");
            refused.addClassName("xf-warning");
            charts.add(refused);
            for (Anchor a : List.of(annual, ledgerXlsx, ledgerPdf)) {
                a.setVisible(false);
            }
            return;
        }
        String query = chosen.get().query();
        annual.setHref("reports/annual?" + query);
        ledgerXlsx.setHref("export/study-ledger.xlsx?" + query);
        ledgerPdf.setHref("export/study-ledger.pdf?" + query);
        for (Anchor a : List.of(annual, ledgerXlsx, ledgerPdf)) {
            a.setVisible(true);
        }
        show(chosen.get().unit().code(), chosen.get().year());
    }

    private void show(String unitCode, int year) {
        OverviewFigures f = overview.figures(unitCode, year);
        if (f.unitId() == null) {
            charts.add(new Paragraph(getTranslation("overview.nothing")));
            return;
        }
        OverviewCharts c = new OverviewCharts(f, messages, getLocale());
        if (f.staffing() != null) {
            charts.add(c.staffing());
        }
        charts.add(c.exam(), c.plan(), c.attendance(), c.hours());
        if (f.credentials() != null) {
            charts.add(c.credentials());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · 学法";
    }
}
