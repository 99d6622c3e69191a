package org.xuefa.hours.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.IntStream;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Notify;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.hours.HoursPolicy;
import org.xuefa.hours.Requirement;
import org.xuefa.security.Roles;

/**
 * The study-hour requirements (学时要求) of a year per category of official and kind of study, the defaults marked;
 * administrators and HR granted at a root unit change them (audited), other HR read them. Below, the registration
 * hours of each enforcement credential type, which the credential types screen sets.
 */
@Route("hours/requirements")
@Menu(title = "menu.hoursRequirements", order = 34.7, icon = "vaadin:scale")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class RequirementsView extends VerticalLayout implements HasDynamicTitle {
    private final HoursPolicy policy;
    private final Select<Integer> year = new Select<>();
    private final Grid<Requirement> grid = new Grid<>();
    private final boolean editable;

    public RequirementsView(HoursPolicy policy, Credentials credentials) {
        this.policy = policy;
        this.editable = policy.editable();
        addClassName("xf-page");
        add(new H1(getTranslation("requirements.title")), new Paragraph(getTranslation("requirements.intro")));
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("requirements.readOnly"));
            readOnly.setId("requirements-read-only");
            readOnly.addClassName("xf-muted");
            add(readOnly);
        }
        int thisYear = policy.thisYear();
        year.setId("requirements-year");
        year.setLabel(getTranslation("requirements.year"));
        year.setItems(IntStream.rangeClosed(-2, 1).mapToObj(i -> thisYear + i).toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        grid.setId("requirements");
        grid.addColumn(r -> getTranslation("category." + r.category())).setHeader(getTranslation("requirements.col.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("hours.kind." + r.kind())).setHeader(getTranslation("requirements.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> MyHoursView.plain(r.hours())).setHeader(getTranslation("requirements.col.hours"));
        grid.addColumn(Requirement::periodYears).setHeader(getTranslation("requirements.col.period"));
        grid.addColumn(r -> MyHoursView.plain(r.perYear())).setHeader(getTranslation("requirements.col.perYear"));
        grid.addColumn(r -> getTranslation(r.standard() ? "requirements.standard" : "requirements.changed"))
                .setHeader(getTranslation("requirements.col.source"));
        if (editable) {
            grid.addComponentColumn(r -> {
                Button edit = new Button(getTranslation("requirements.edit"), e -> edit(r));
                edit.setId("requirement-edit-" + r.category() + "-" + r.kind());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        add(year, grid);
        registration(credentials);
        refresh();
    }

    private void registration(Credentials credentials) {
        add(new H3(getTranslation("requirements.registration.title")));
        Paragraph intro = new Paragraph(getTranslation("requirements.registration.intro") + " ");
        intro.add(new Anchor("credential-types", getTranslation("requirements.registration.link")));
        add(intro);
        Grid<CredentialTypeRecord> types = new Grid<>();
        types.setId("requirements-registration");
        types.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("requirements.registration.type"))
                .setFlexGrow(2);
        types.addColumn(CredentialTypeRecord::requiredHours).setHeader(getTranslation("requirements.col.hours"));
        types.setItems(credentials.types().stream().filter(CredentialTypeRecord::annualRegistration).toList());
        types.setAllRowsVisible(true);
        add(types);
    }

    private void refresh() {
        grid.setItems(policy.requirements(year.getValue() == null ? policy.thisYear() : year.getValue()));
    }

    /** The dialog that changes one requirement; the service checks the values and who may. */
    void edit(Requirement r) {
        Dialog dialog = new Dialog(getTranslation("category." + r.category()) + " · "
                + getTranslation("hours.kind." + r.kind()) + " · " + r.year());
        dialog.setId("requirement-dialog");
        BigDecimalField hours = new BigDecimalField(getTranslation("requirements.col.hours"));
        hours.setId("requirement-hours");
        hours.setValue(r.hours());
        IntegerField period = new IntegerField(getTranslation("requirements.col.period"));
        period.setId("requirement-period");
        period.setMin(1);
        period.setMax(10);
        period.setStepButtonsVisible(true);
        period.setValue(r.periodYears());
        period.setHelperText(getTranslation("requirements.period.help"));
        dialog.add(new FormLayout(hours, period));
        Button save = new Button(getTranslation("action.save"));
        save.setId("requirement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                if (hours.getValue() == null || period.getValue() == null || hours.isInvalid() || period.isInvalid()) {
                    throw new BusinessException("hours.requirement.error");
                }
                policy.set(r.year(), r.category(), r.kind(), hours.getValue(), period.getValue(), r.version());
            });
            if (ok) {
                Notify.success(getTranslation("requirements.saved"));
                dialog.close();
                refresh();
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requirements.title") + " · 学法";
    }
}
