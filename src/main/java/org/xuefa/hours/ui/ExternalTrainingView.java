package org.xuefa.hours.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.IntStream;
import org.xuefa.base.ui.Times;
import org.xuefa.hours.ExternalTraining;
import org.xuefa.hours.ExternalTrainingRow;
import org.xuefa.people.Officials;
import org.xuefa.security.Roles;

/**
 * External training (外出培训) for HR: the year's list of what is recorded for officials in scope, read a page at a
 * time from the database, a dialog to record one course, and the way to the import of a whole list.
 */
@Route("hours/external")
@Menu(title = "menu.externalTraining", order = 34.6, icon = "vaadin:academy-cap")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class ExternalTrainingView extends VerticalLayout implements HasDynamicTitle {
    private final ExternalTraining external;
    private final Select<Integer> year = new Select<>();
    private final Grid<ExternalTrainingRow> grid = new Grid<>();

    public ExternalTrainingView(ExternalTraining external, Officials officials) {
        this.external = external;
        addClassName("xf-page");
        add(new H1(getTranslation("external.title")), new Paragraph(getTranslation("external.intro")));
        int thisYear = external.thisYear();
        year.setId("external-year");
        year.setLabel(getTranslation("external.year"));
        year.setItems(IntStream.rangeClosed(0, 4).mapToObj(i -> thisYear - i).toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        Button record = new Button(getTranslation("external.record"), VaadinIcon.PLUS.create(),
                e -> new ExternalTrainingDialog(external, officials, this::refresh).open());
        record.setId("external-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink importLink = new RouterLink(getTranslation("external.import"), ExternalImportView.class);
        importLink.setId("external-import-link");
        HorizontalLayout bar = new HorizontalLayout(year, record, importLink);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        grid.setId("external-list");
        grid.addColumn(r -> Times.date(r.finishedOn())).setHeader(getTranslation("external.col.finishedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.officialName() + " · " + r.staffNumber()).setHeader(getTranslation("external.col.official"))
                .setAutoWidth(true);
        grid.addColumn(ExternalTrainingRow::unitName).setHeader(getTranslation("external.col.unit")).setAutoWidth(true);
        grid.addColumn(ExternalTrainingRow::title).setHeader(getTranslation("external.col.title")).setFlexGrow(3)
                .setTooltipGenerator(ExternalTrainingRow::title);
        grid.addColumn(r -> r.provider() == null ? "" : r.provider())
                .setHeader(getTranslation("external.col.provider")).setFlexGrow(2)
                .setTooltipGenerator(r -> r.provider() == null ? "" : r.provider());
        grid.addColumn(r -> r.startedOn() == null ? "" : Times.date(r.startedOn()))
                .setHeader(getTranslation("external.col.startedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.certificate() == null ? "" : r.certificate())
                .setHeader(getTranslation("external.col.certificate")).setAutoWidth(true);
        grid.addColumn(r -> MyHoursView.plain(r.hours())).setHeader(getTranslation("hours.col.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("hours.kind." + r.countsToward()))
                .setHeader(getTranslation("hours.col.countsToward")).setAutoWidth(true);
        grid.setPageSize(50);
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        int y = year.getValue() == null ? external.thisYear() : year.getValue();
        grid.setItems(q -> external.page(y, q.getOffset(), q.getLimit()).stream(), q -> (int) external.count(y));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("external.title") + " · 学法";
    }
}
