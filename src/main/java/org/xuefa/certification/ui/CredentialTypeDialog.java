package org.xuefa.certification.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Notify;
import org.xuefa.certification.CredentialTypeEntry;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.CredentialTypes;

/**
 * Adds a credential type or edits one (the code stays). A rule the service refuses is shown at the field it is
 * about; what was typed stays in the form.
 */
class CredentialTypeDialog extends Dialog {
    final TextField code = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final TextField issuer = new TextField();
    final IntegerField validity = new IntegerField();
    final IntegerField window = new IntegerField();
    final Checkbox annual = new Checkbox();
    final IntegerField hours = new IntegerField();
    final Checkbox exam = new Checkbox();
    final Checkbox establishedOnly = new Checkbox();
    final TextArea fields = new TextArea();
    final Button save = new Button();
    /** Which field a refusal is about, by the message key's last part. */
    private final Map<String, HasValidation> fieldOf = new LinkedHashMap<>();
    private final Set<HasValidation> marked = new HashSet<>();

    CredentialTypeDialog(CredentialTypes types, CredentialTypeEntry existing, Runnable onSaved) {
        setId("credential-type-dialog");
        setHeaderTitle(existing == null ? getTranslation("credentialType.new")
                : getTranslation("credentialType.edit", existing.code()));
        code.setLabel(getTranslation("credentialType.code"));
        code.setId("credential-type-code");
        code.setHelperText(getTranslation("credentialType.code.help"));
        code.setRequiredIndicatorVisible(true);
        nameZh.setLabel(getTranslation("credentialType.nameZh"));
        nameZh.setId("credential-type-name-zh");
        nameZh.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("credentialType.nameEn"));
        nameEn.setId("credential-type-name-en");
        nameEn.setRequiredIndicatorVisible(true);
        issuer.setLabel(getTranslation("credential.issuer"));
        validity.setLabel(getTranslation("credentialType.validityYears"));
        validity.setId("credential-type-validity");
        validity.setHelperText(getTranslation("credentialType.validityYears.help"));
        validity.setClearButtonVisible(true);
        window.setLabel(getTranslation("credentialType.window"));
        window.setId("credential-type-window");
        window.setHelperText(getTranslation("credentialType.window.help"));
        window.setValue(0);
        limits(validity, 1, 50);
        limits(window, 0, 60);
        limits(hours, 0, 1000);
        annual.setLabel(getTranslation("credentialType.annualRegistration"));
        hours.setLabel(getTranslation("credentialType.requiredHours"));
        hours.setId("credential-type-hours");
        hours.setValue(0);
        exam.setLabel(getTranslation("credentialType.requiresPassedExam"));
        establishedOnly.setLabel(getTranslation("credentialType.establishedOnly"));
        establishedOnly.setTooltipText(getTranslation("credentialType.establishedOnly.help"));
        fields.setLabel(getTranslation("credential.fields"));
        fields.setHelperText(getTranslation("credentialType.fields.help"));
        fields.setWidthFull();
        annual.addValueChangeListener(e -> registrationFields());
        if (existing != null) {
            CredentialTypeRecord t = existing.type();
            code.setValue(t.code());
            code.setReadOnly(true);
            nameZh.setValue(t.nameZh());
            nameEn.setValue(t.nameEn());
            issuer.setValue(t.issuer() == null ? "" : t.issuer());
            validity.setValue(t.validityYears());
            window.setValue(t.renewalWindowMonths());
            annual.setValue(t.annualRegistration());
            hours.setValue(t.requiredHours());
            exam.setValue(t.requiresPassedExam());
            establishedOnly.setValue(t.establishedOnly());
            fields.setValue(String.join(", ", t.fields()));
        }
        registrationFields();
        fieldOf.put("code", code);
        fieldOf.put("code-taken", code);
        fieldOf.put("nameZh", nameZh);
        fieldOf.put("nameEn", nameEn);
        fieldOf.put("issuer", issuer);
        fieldOf.put("validity", validity);
        fieldOf.put("window", window);
        fieldOf.put("window-without-validity", window);
        fieldOf.put("hours", hours);
        fieldOf.put("registration-needed", hours);
        fieldOf.put("fields", fields);
        fieldOf.put("field-too-long", fields);

        FormLayout form = new FormLayout(code, nameZh, nameEn, issuer, validity, window, annual, hours, exam,
                establishedOnly, fields);
        form.setColspan(fields, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("credential-type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            clearErrors();
            boolean saved = false;
            try {
                if (!numbersParse()) {
                    return;
                }
                CredentialTypeRecord details = details();
                if (existing == null) {
                    types.create(details);
                } else {
                    types.update(existing.code(), details, existing.version());
                }
                saved = true;
                Notify.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            } catch (BusinessException b) {
                HasValidation field = fieldOf.get(b.messageKey().substring(b.messageKey().lastIndexOf('.') + 1));
                if (field != null && b.messageKey().startsWith("credentialType.error.")) {
                    field.setErrorMessage(getTranslation(b.messageKey(), b.args()));
                    field.setInvalid(true);
                    marked.add(field);
                } else {
                    Notify.failure(b);
                }
            } catch (RuntimeException other) {
                Notify.failure(other);
            } finally {
                // stays disabled after a save, so a second click cannot store the type twice
                save.setEnabled(!saved);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(96vw, 46rem)");
    }

    /** Hours and the exam belong to annual registration; without it they are cleared and locked. */
    private void registrationFields() {
        boolean on = annual.getValue();
        hours.setEnabled(on);
        exam.setEnabled(on);
        if (!on) {
            hours.setValue(0);
            exam.setValue(false);
        }
    }

    /** Vaadin's own checks of the number fields (not a number, out of range) must pass before saving. */
    private boolean numbersParse() {
        return List.of(validity, window, hours).stream().noneMatch(IntegerField::isInvalid);
    }

    private void limits(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("credentialType.error.not-a-number"))
                .setMinErrorMessage(getTranslation("credentialType.error.range", min, max))
                .setMaxErrorMessage(getTranslation("credentialType.error.range", min, max)));
    }

    private CredentialTypeRecord details() {
        return new CredentialTypeRecord(code.getValue(), nameZh.getValue(), nameEn.getValue(), issuer.getValue(),
                validity.getValue(), window.getValue() == null ? 0 : window.getValue(), annual.getValue(),
                hours.getValue() == null ? 0 : hours.getValue(), exam.getValue(), establishedOnly.getValue(),
                Arrays.asList(fields.getValue().split("[,，、;；\\n]")));
    }

    /** Clears only the refusals shown earlier, leaving the number fields' own checks in place. */
    private void clearErrors() {
        marked.forEach(f -> {
            f.setErrorMessage(null);
            f.setInvalid(false);
        });
        marked.clear();
    }
}
