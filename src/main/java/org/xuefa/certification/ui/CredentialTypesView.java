package org.xuefa.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.xuefa.certification.CredentialTypeEntry;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.CredentialTypes;
import org.xuefa.security.Roles;

/**
 * The credential types and their rules; administrators and HR at a root of the tree add and edit them, other HR read
 * them.
 */
@Route("credential-types")
@Menu(title = "menu.credentialTypes", order = 33, icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class CredentialTypesView extends VerticalLayout implements HasDynamicTitle {
    private final CredentialTypes types;
    final Grid<CredentialTypeEntry> grid = new Grid<>();

    public CredentialTypesView(CredentialTypes types) {
        this.types = types;
        addClassName("xf-page");
        setSizeFull();
        Button add = new Button(getTranslation("credentialType.new"), VaadinIcon.PLUS.create(),
                e -> new CredentialTypeDialog(types, null, this::refresh).open());
        add.setId("credential-type-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // types are shared by every unit: only administrators and HR at a root of the tree change them
        boolean editable = types.editable();
        add.setVisible(editable);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("credentialType.title")), add);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar, new Paragraph(getTranslation("credentialType.intro")));
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("credentialType.readOnly"));
            readOnly.setId("credential-types-read-only");
            add(readOnly);
        }

        grid.setId("credential-types-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CredentialTypeEntry::code).setKey("code").setHeader(getTranslation("credentialType.code"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.type().name(getLocale())).setHeader(getTranslation("credentialType.name"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.type().issuer()).setHeader(getTranslation("credential.issuer")).setAutoWidth(true);
        grid.addColumn(e -> e.type().validityYears() == null ? getTranslation("credential.noExpiry")
                : getTranslation("credentialType.years", e.type().validityYears()))
                .setHeader(getTranslation("credentialType.validityYears")).setAutoWidth(true);
        grid.addColumn(e -> e.type().renewalWindowMonths()).setHeader(getTranslation("credentialType.window"))
                .setAutoWidth(true);
        grid.addColumn(e -> registration(e.type())).setHeader(getTranslation("credentialType.annualRegistration"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.type().establishedOnly() ? "credentialType.yes" : "credentialType.no"))
                .setHeader(getTranslation("credentialType.establishedOnly")).setAutoWidth(true);
        grid.addColumn(e -> String.join("、", e.type().fields())).setHeader(getTranslation("credential.fields"))
                .setWidth("16rem").setFlexGrow(1);
        grid.addComponentColumn(e -> {
            Button edit = new Button(getTranslation("action.edit"),
                    click -> new CredentialTypeDialog(types, e, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0).setVisible(editable);
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String registration(CredentialTypeRecord t) {
        if (!t.annualRegistration()) {
            return getTranslation("credentialType.no");
        }
        String s = getTranslation("credentialType.hoursShort", t.requiredHours());
        return t.requiresPassedExam() ? s + getTranslation("credentialType.examShort") : s;
    }

    void refresh() {
        grid.setItems(types.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentialType.title") + " · 学法";
    }
}
