package org.xuefa.staffing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Labels;
import org.xuefa.security.Roles;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.staffing.StaffingLevel;
import org.xuefa.staffing.StaffingLevel.Crumb;
import org.xuefa.staffing.StaffingRow;
import org.xuefa.staffing.StaffingSum;

/**
 * The staffing-gap report as a drill-down ({@code ?unit=}): above the towns one summed row per child (a city's
 * counties, a county's towns), opened by a click; a town or unit lists its rows per unit and post kind, paged by
 * the database, the people on a click. The worst gaps in words at the top, the way back up in breadcrumbs.
 */
@Route("staffing")
@Menu(title = "menu.staffing", order = 30, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.HR, Roles.LEADER, Roles.ADMIN})
public class StaffingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    /** Gap sentences named before "and N more". */
    static final int SENTENCES = 5;
    private final StaffingGapReport staffing;
    private final Messages messages;

    public StaffingView(StaffingGapReport staffing, Messages messages) {
        this.staffing = staffing;
        this.messages = messages;
        addClassName("xf-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long unitId = event.getLocation().getQueryParameters().getSingleParameter("unit").map(StaffingView::id)
                .orElse(null);
        show(staffing.level(unitId));
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show(StaffingLevel level) {
        removeAll();
        String query = level.unitId() == null ? "" : "?unit=" + level.unitId();
        H1 title = new H1(getTranslation("staffing.title"));
        Span asOf = new Span(getTranslation("staffing.asOf", Labels.date(level.date())));
        asOf.addClassName("xf-muted");
        HorizontalLayout toolbar = new HorizontalLayout(title, asOf,
                download("export-csv", "/export/staffing-gaps.csv" + query, "staffing.export.csv"),
                download("export-xlsx", "/export/staffing-gaps.xlsx" + query, "staffing.export.xlsx"));
        toolbar.addClassName("xf-toolbar");
        add(toolbar, breadcrumbs(level.breadcrumbs()));

        List<String> sentences = StaffingGapReport.sentences(
                staffing.summary(level.unitId(), level.date(), SENTENCES), messages, getLocale());
        Div summary = new Div();
        summary.setId("staffing-summary");
        summary.addClassName("xf-sentences");
        if (sentences.isEmpty()) {
            summary.add(new Paragraph(getTranslation("staffing.noGaps")));
        }
        sentences.forEach(s -> summary.add(new Paragraph(s)));
        add(summary);

        boolean credentials = level.total().anyCredentialRequired();
        if (level.rollUp()) {
            Grid<StaffingSum> grid = StaffingGrids.sums(credentials, this::open);
            grid.setItems(level.sums());
            add(grid);
            setFlexGrow(1, grid);
        } else {
            Long unitId = level.unitId();
            Grid<StaffingRow> grid = StaffingGrids.rows(credentials,
                    row -> StaffingPeopleDialog.open(row, staffing.holders(row.unitId(), row.kind(), level.date())));
            grid.setItems(q -> staffing.rows(unitId, level.date(), q.getOffset(), q.getLimit()).stream(),
                    q -> staffing.rowCount(unitId, level.date()));
            add(grid);
            setFlexGrow(1, grid);
        }
    }

    private void open(StaffingSum sum) {
        if (sum.drillable()) {
            UI.getCurrent().navigate(StaffingView.class, QueryParameters.of("unit", String.valueOf(sum.unitId())));
        }
    }

    private Anchor download(String id, String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.setRouterIgnore(true);
        return anchor;
    }

    private Nav breadcrumbs(List<Crumb> crumbs) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("a11y.breadcrumbs"));
        nav.setId("staffing-breadcrumbs");
        nav.addClassName("xf-breadcrumbs");
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb c = crumbs.get(i);
            String name = c.id() == null ? getTranslation("staffing.scope.all") : c.name(getLocale());
            if (i > 0) {
                nav.add(new Span(" › "));
            }
            if (i == crumbs.size() - 1) {
                nav.add(new Span(name));
            } else {
                RouterLink link = new RouterLink(name, StaffingView.class);
                if (c.id() != null) {
                    link.setQueryParameters(QueryParameters.of("unit", String.valueOf(c.id())));
                }
                nav.add(link);
            }
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffing.title") + " · 学法";
    }
}
