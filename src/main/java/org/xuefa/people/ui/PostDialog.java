package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Map;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.Establishment;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.PostKind;
import org.xuefa.people.PostRecord;

/** Adds posts to a unit or changes them: kind, title, establishment count, required credential. */
class PostDialog extends Dialog {

    PostDialog(Establishment establishment, OrgUnitRecord unit, PostRecord existing, Runnable onSaved) {
        setId("post-dialog");
        setHeaderTitle(existing == null ? getTranslation("post.new", unit.name()) : existing.title());
        Select<PostKind> kind = new Select<>();
        kind.setLabel(getTranslation("post.kind"));
        kind.setItems(PostKind.values());
        kind.setItemLabelGenerator(k -> Labels.of("postKind", k));
        kind.setValue(PostKind.GENERAL);
        TextField title = new TextField(getTranslation("post.title"));
        title.setId("post-title");
        IntegerField count = new IntegerField(getTranslation("post.establishment"));
        count.setId("post-establishment");
        count.setMin(0);
        count.setStepButtonsVisible(true);
        count.setValue(1);
        Map<String, String> credentialNames = establishment.credentialTypeNames(getLocale());
        Select<String> credential = new Select<>();
        credential.setId("post-credential");
        credential.setLabel(getTranslation("post.requiredCredential"));
        credential.setHelperText(getTranslation("post.requiredCredential.help"));
        credential.setItems(new ArrayList<>(credentialNames.keySet()));
        credential.setEmptySelectionAllowed(true);
        credential.setEmptySelectionCaption(getTranslation("post.requiredCredential.none"));
        credential.setItemLabelGenerator(c -> c == null ? getTranslation("post.requiredCredential.none")
                : credentialNames.getOrDefault(c, c));
        if (existing != null) {
            kind.setValue(existing.kind());
            kind.setReadOnly(true);
            title.setValue(existing.title());
            count.setValue(existing.establishment());
            credential.setValue(existing.requiredCredentialType());
        }
        add(new FormLayout(kind, title, count, credential));
        Button save = new Button(getTranslation("action.save"));
        save.setId("post-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            int n = count.getValue() == null ? -1 : count.getValue();
            boolean ok = Notify.attempt(() -> {
                if (existing == null) {
                    establishment.createPost(unit.id(), kind.getValue(), title.getValue(), n, credential.getValue());
                } else {
                    establishment.updatePost(existing.id(), title.getValue(), n, credential.getValue(),
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
