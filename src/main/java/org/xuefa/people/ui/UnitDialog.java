package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.UnitKind;

/** Adds a unit under a parent, or renames one; runs {@code onSaved} after storing. */
class UnitDialog extends Dialog {

    UnitDialog(OrgUnits orgUnits, OrgUnitRecord parent, OrgUnitRecord existing, Runnable onSaved) {
        setId("unit-dialog");
        setHeaderTitle(existing != null ? existing.name()
                : getTranslation("unit.new.under", parent == null ? "—" : parent.name()));
        TextField code = new TextField(getTranslation("unit.code"));
        code.setId("unit-code");
        code.setHelperText(getTranslation("unit.code.help"));
        TextField name = new TextField(getTranslation("unit.name"));
        name.setId("unit-name");
        TextField nameEn = new TextField(getTranslation("unit.nameEn"));
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("unit.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> Labels.of("unitKind", k));
        kind.setValue(UnitKind.OFFICE);
        IntegerField order = new IntegerField(getTranslation("unit.sortOrder"));
        order.setValue(0);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
            kind.setValue(existing.kind());
            order.setValue(existing.sortOrder());
        }
        add(new FormLayout(code, name, nameEn, kind, order));
        Button save = new Button(getTranslation("action.save"));
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            int sort = order.getValue() == null ? 0 : order.getValue();
            boolean ok = Notify.attempt(() -> {
                if (existing == null) {
                    orgUnits.create(code.getValue(), name.getValue(), nameEn.getValue(), kind.getValue(),
                            parent == null ? null : parent.id(), sort);
                } else {
                    orgUnits.update(existing.id(), name.getValue(), nameEn.getValue(), kind.getValue(), sort,
                            existing.version());
                }
                Notify.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            });
            save.setEnabled(!ok);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
