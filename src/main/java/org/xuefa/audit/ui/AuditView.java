package org.xuefa.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.AuditRecord;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Times;
import org.xuefa.security.Roles;

/** Administrators search who changed what and when. */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 95, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    private final TextField text = new TextField();
    private final TextField actor = new TextField();
    private final Select<String> entity = new Select<>();
    private final DatePicker from = Localized.datePicker();
    private final DatePicker to = Localized.datePicker();
    final Grid<AuditRecord> grid = new Grid<>();

    public AuditView(AuditLog audit) {
        addClassName("xf-page");
        setSizeFull();
        text.setPlaceholder(getTranslation("audit.search"));
        text.setId("audit-search");
        actor.setPlaceholder(getTranslation("audit.actor"));
        entity.setItems("", "account", "org_unit", "official", "post", "assignment", "course", "exam", "exam_attempt", "credential",
                "credential_type",
                "study_plan", "study_session", "session_attendance", "session_leave", "certificate", "download");
        entity.setItemLabelGenerator(e -> e.isEmpty() ? getTranslation("filter.all") : getTranslation("audit.entity." + e));
        entity.setValue("");
        from.setPlaceholder(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        for (TextField f : new TextField[] {text, actor}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        entity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("audit.title")), text, actor, entity,
                from, to);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Times.dateTimeSeconds(r.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::summary).setHeader(getTranslation("audit.summary")).setAutoWidth(true);
        grid.addColumn(r -> r.details() == null ? "" : r.details()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
                .setHeader(getTranslation("audit.clientAddress")).setAutoWidth(true);
        grid.setItems(q -> audit.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) audit.count(filter()));
        add(grid);
        setFlexGrow(1, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(text.getValue(), entity.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · 学法";
    }
}
