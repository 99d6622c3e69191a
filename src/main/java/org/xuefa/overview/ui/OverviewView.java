package org.xuefa.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import org.xuefa.security.Roles;

/**
 * The leaders' overview (总览): the scope's year at a glance, each chart drawn on the server as SVG with its table
 * and a link to the screen behind it. Organizers see no credentials or staffing (they may not read them).
 */
@Route("overview")
@Menu(title = "menu.overview", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class OverviewView extends VerticalLayout implements HasDynamicTitle {
    private final LeadersOverview overview;
    private final Messages messages;
    private final Div charts = new Div();

    public OverviewView(LeadersOverview overview, Messages messages, Clock clock) {
        this.overview = overview;
        this.messages = messages;
        addClassName("xf-page");
        add(new H1(getTranslation("overview.title")));
        int thisYear = LocalDate.now(clock).getYear();
        Select<Integer> year = new Select<>();
        year.setId("overview-year");
        year.setLabel(getTranslation("overview.year"));
        year.setItems(List.of(thisYear, thisYear - 1, thisYear - 2));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> show(e.getValue()));
        Anchor annual = new Anchor("reports/annual", getTranslation("overview.link.annual"));
        add(year, annual);
        charts.addClassName("xf-cards");
        charts.addClassName("xf-charts");
        charts.setId("overview-charts");
        add(charts);
        show(thisYear);
    }

    private void show(int year) {
        charts.removeAll();
        OverviewFigures f = overview.figures(year);
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
