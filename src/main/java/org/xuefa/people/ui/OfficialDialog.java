package org.xuefa.people.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.AssignmentRecord;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.security.AccountSummary;

/** Shows an official and, for HR, edits one or creates one; fires {@link Saved} when stored. */
class OfficialDialog extends Dialog {
    private final TextField staffNumber = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    private final TextField position = new TextField();
    private final Select<OfficialCategory> category = new Select<>();
    private final Select<EmploymentType> employment = new Select<>();
    private final DatePicker joinedOn = Localized.datePicker();
    private final DatePicker leftOn = Localized.datePicker();
    private final Button save = new Button();
    private final ComboBox<AccountSummary> account = new ComboBox<>();

    /** {@code accounts} is empty unless the user is an administrator, who alone links accounts. */
    OfficialDialog(Officials officials, OfficialRecord existing, List<OrgUnitRecord> units, boolean editable,
            List<AssignmentRecord> assignments, List<AccountSummary> accounts) {
        setHeaderTitle(existing == null ? getTranslation("official.new") : existing.name());
        setId("official-dialog");
        staffNumber.setLabel(getTranslation("official.staffNumber"));
        staffNumber.setId("official-staff-number");
        staffNumber.setRequired(true);
        name.setLabel(getTranslation("official.name"));
        name.setId("official-name");
        name.setRequired(true);
        unit.setLabel(getTranslation("official.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "　".repeat(Math.max(0, u.depth())) + u.displayName(getLocale()));
        unit.setRequired(true);
        position.setLabel(getTranslation("official.position"));
        category.setLabel(getTranslation("official.category"));
        category.setItems(OfficialCategory.values());
        category.setItemLabelGenerator(c -> Labels.of("category", c));
        employment.setLabel(getTranslation("official.employmentType"));
        employment.setItems(EmploymentType.values());
        employment.setItemLabelGenerator(t -> Labels.of("employment", t));
        joinedOn.setLabel(getTranslation("official.joinedOn"));
        leftOn.setLabel(getTranslation("official.leftOn"));
        leftOn.setHelperText(getTranslation("official.leftOn.help"));

        category.setValue(OfficialCategory.STAFF);
        employment.setValue(EmploymentType.ESTABLISHED);
        if (existing != null) {
            staffNumber.setValue(existing.staffNumber());
            staffNumber.setReadOnly(true);
            name.setValue(existing.name());
            units.stream().filter(u -> u.id().equals(existing.unitId())).findFirst().ifPresent(unit::setValue);
            position.setValue(existing.positionTitle() == null ? "" : existing.positionTitle());
            category.setValue(existing.category());
            employment.setValue(existing.employmentType());
            joinedOn.setValue(existing.joinedOn());
            leftOn.setValue(existing.leftOn());
        }
        account.setLabel(getTranslation("official.account"));
        account.setId("official-account");
        account.setItems(accounts);
        account.setItemLabelGenerator(a -> a.username() + " · " + a.displayName());
        account.setClearButtonVisible(true);
        account.setVisible(!accounts.isEmpty());
        if (existing != null && existing.accountId() != null) {
            accounts.stream().filter(a -> a.id().equals(existing.accountId())).findFirst().ifPresent(account::setValue);
        }
        FormLayout form = new FormLayout(staffNumber, name, unit, position, category, employment, joinedOn, leftOn,
                account);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        List.of(name, position).forEach(f -> f.setReadOnly(!editable));
        List.of(unit).forEach(f -> f.setReadOnly(!editable));
        category.setReadOnly(!editable);
        employment.setReadOnly(!editable);
        joinedOn.setReadOnly(!editable);
        leftOn.setReadOnly(!editable);

        if (assignments != null && !assignments.isEmpty()) {
            add(new H4(getTranslation("official.assignments")));
            Grid<AssignmentRecord> grid = new Grid<>();
            grid.addColumn(a -> a.postUnitName() + " · " + a.postTitle()).setHeader(getTranslation("assignment.post"))
                    .setAutoWidth(true);
            grid.addColumn(a -> Labels.of("assignmentType", a.type())).setHeader(getTranslation("assignment.type"));
            grid.addColumn(a -> Labels.date(a.startDate())).setHeader(getTranslation("assignment.start"));
            grid.addColumn(a -> Labels.date(a.endDate())).setHeader(getTranslation("assignment.end"));
            grid.setItems(assignments);
            grid.setAllRowsVisible(true);
            add(grid);
        }

        save.setText(getTranslation("action.save"));
        save.setId("official-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            OfficialData data = new OfficialData(name.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                    position.getValue(), category.getValue(), employment.getValue(), joinedOn.getValue(),
                    leftOn.getValue());
            boolean ok = Notify.attempt(() -> {
                OfficialRecord stored = existing == null ? officials.create(staffNumber.getValue(), data)
                        : officials.update(existing.id(), data, existing.version());
                Long linked = account.getValue() == null ? null : account.getValue().id();
                if (account.isVisible() && !Objects.equals(linked, stored.accountId())) {
                    officials.linkAccount(stored.id(), linked);
                }
                Notify.success(getTranslation("official.saved", stored.name()));
                fireEvent(new Saved(this));
                close();
            });
            if (!ok) {
                save.setEnabled(true);
            }
        });
        save.setVisible(editable);
        Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(95vw, 44rem)");
    }

    Registration addSavedListener(ComponentEventListener<Saved> listener) {
        return addListener(Saved.class, listener);
    }

    static class Saved extends ComponentEvent<OfficialDialog> {
        Saved(OfficialDialog source) {
            super(source, false);
        }
    }
}
