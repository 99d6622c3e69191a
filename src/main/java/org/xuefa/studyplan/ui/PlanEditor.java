package org.xuefa.studyplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.study.SessionKind;
import org.xuefa.studyplan.PlanRecord;
import org.xuefa.studyplan.PlanTarget;
import org.xuefa.studyplan.StudyPlans;

/** Sets a unit's plan for a year: for each kind of session, a minimum per quarter and/or per year. */
class PlanEditor extends Dialog {

    PlanEditor(StudyPlans plans, OrgUnitRecord unit, int year, PlanRecord existing, Runnable onSaved) {
        setId("plan-editor");
        setHeaderTitle(getTranslation("study.plan.editTitle", unit.displayName(getLocale()), year));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        Map<SessionKind, IntegerField[]> fields = new EnumMap<>(SessionKind.class);
        for (SessionKind kind : SessionKind.values()) {
            Span label = new Span(getTranslation("sessionKind." + kind));
            label.getStyle().set("align-self", "center");
            IntegerField q = field("study.plan.f.perQuarter", "plan-q-" + kind);
            IntegerField y = field("study.plan.f.perYear", "plan-y-" + kind);
            if (existing != null) {
                for (PlanTarget t : existing.targets()) {
                    if (t.kind() == kind) {
                        (t.cadence() == PlanTarget.Cadence.QUARTER ? q : y).setValue(t.minimum());
                    }
                }
            }
            fields.put(kind, new IntegerField[] {q, y});
            form.add(label, q, y);
        }
        TextArea note = new TextArea(getTranslation("study.plan.f.note"));
        note.setValue(existing == null || existing.note() == null ? "" : existing.note());
        note.setWidthFull();
        add(form, note);
        Button save = new Button(getTranslation("action.save"));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                List<PlanTarget> targets = new ArrayList<>();
                fields.forEach((kind, f) -> {
                    if (f[0].getValue() != null && f[0].getValue() != 0) {
                        targets.add(PlanTarget.perQuarter(kind, f[0].getValue()));
                    }
                    if (f[1].getValue() != null && f[1].getValue() != 0) {
                        targets.add(PlanTarget.perYear(kind, f[1].getValue()));
                    }
                });
                plans.save(unit.id(), year, targets, note.getValue(), existing == null ? -1 : existing.version());
                Notify.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            });
            save.setEnabled(!ok);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(96vw, 48rem)");
    }

    private IntegerField field(String labelKey, String id) {
        IntegerField f = new IntegerField(getTranslation(labelKey));
        f.setId(id);
        f.setMin(0);
        f.setStepButtonsVisible(true);
        return f;
    }
}
