package org.xuefa.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.course.Course;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.quiz.Bands;
import org.xuefa.quiz.Counting;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamSettings;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.QuestionPool;
import org.xuefa.quiz.ReviewPolicy;
import org.xuefa.security.Role;

/** Creates or edits an exam: window, time, blueprint and question pool, bands, attempts, review, certificate, audience. */
class ExamEditor extends Dialog {

    ExamEditor(Exams exams, ExamRecord existing, List<OrgUnitRecord> units, List<Course> courses,
            Officials officials, Runnable onSaved) {
        setId("exam-editor");
        setHeaderTitle(existing == null ? getTranslation("manage.new") : existing.title());
        TextField title = new TextField(getTranslation("manage.f.title"));
        title.setId("exam-title");
        // course quizzes come with their course (CourseQuizzes) and are open to everyone: not made here
        Select<ExamKind> kind = select("manage.f.kind", Arrays.stream(ExamKind.values())
                .filter(k -> k != ExamKind.COURSE_QUIZ).toArray(ExamKind[]::new), "examKind");
        ComboBox<OrgUnitRecord> owner = new ComboBox<>(getTranslation("manage.f.owner"), units);
        owner.setItemLabelGenerator(u -> u.displayName(getLocale()));
        DateTimePicker opens = Localized.dateTimePicker(getTranslation("manage.f.opens"));
        DateTimePicker closes = Localized.dateTimePicker(getTranslation("manage.f.closes"));
        DateTimePicker makeupOpens = Localized.dateTimePicker(getTranslation("manage.f.makeupOpens"));
        DateTimePicker makeupCloses = Localized.dateTimePicker(getTranslation("manage.f.makeupCloses"));
        IntegerField limit = new IntegerField(getTranslation("manage.f.limit"));
        limit.setId("exam-limit");
        IntegerField pass = new IntegerField(getTranslation("manage.f.pass"));
        IntegerField good = new IntegerField(getTranslation("manage.f.good"));
        IntegerField excellent = new IntegerField(getTranslation("manage.f.excellent"));
        IntegerField attempts = new IntegerField(getTranslation("manage.f.attempts"));
        attempts.setHelperText(getTranslation("manage.f.attempts.help"));
        Select<Counting> counting = select("manage.f.counting", Counting.values(), "counting");
        Select<ReviewPolicy> review = select("manage.f.review", ReviewPolicy.values(), "review");
        ExamSettings s = existing != null ? existing.settings() : null;
        // exams draw from the reserves; practice-only is what course quizzes use, offered only when already set
        Select<QuestionPool> pool = select("manage.f.pool", s != null && s.pool() == QuestionPool.PRACTICE_ONLY
                ? QuestionPool.values() : new QuestionPool[] {QuestionPool.PRACTICE_AND_RESERVE,
                        QuestionPool.RESERVE_ONLY}, "questionPool");
        pool.setId("exam-pool");
        pool.setHelperText(getTranslation("manage.f.pool.help"));
        Checkbox partial = new Checkbox(getTranslation("manage.f.partial"));
        Checkbox certificate = new Checkbox(getTranslation("manage.f.certificate"));
        MultiSelectComboBox<OrgUnitRecord> audienceUnits = new MultiSelectComboBox<>(getTranslation("manage.f.units"));
        audienceUnits.setItems(units);
        audienceUnits.setItemLabelGenerator(u -> u.displayName(getLocale()));
        MultiSelectComboBox<OfficialRecord> named = new MultiSelectComboBox<>(
                getTranslation("manage.f.people"));
        named.setItems(q -> officials.pick(q.getFilter().orElse(null), Role.ORGANIZER, q.getOffset(), q.getLimit())
                .stream(), q -> (int) officials.countPicks(q.getFilter().orElse(null), Role.ORGANIZER));
        named.setItemLabelGenerator(o -> o.name() + " · " + o.staffNumber() + " · " + o.unitName());
        CheckboxGroup<OfficialCategory> categories = new CheckboxGroup<>(getTranslation("manage.f.categories"));
        categories.setItems(OfficialCategory.values());
        categories.setItemLabelGenerator(c -> Labels.of("category", c));

        LocalDateTime now = LocalDateTime.now(Times.zone()).withSecond(0).withNano(0);
        title.setValue(s == null ? "" : s.title());
        kind.setValue(s == null ? ExamKind.ANNUAL : s.kind());
        owner.setValue(s == null ? (units.isEmpty() ? null : units.get(0))
                : units.stream().filter(u -> u.id().equals(s.ownerUnitId())).findFirst().orElse(null));
        opens.setValue(s == null ? now : local(s.opensAt()));
        closes.setValue(s == null ? now.plusDays(14) : local(s.closesAt()));
        makeupOpens.setValue(s == null ? null : local(s.makeupOpensAt()));
        makeupCloses.setValue(s == null ? null : local(s.makeupClosesAt()));
        limit.setValue(s == null ? 90 : s.timeLimitMinutes());
        Bands b = s == null ? Bands.DEFAULT : s.bands();
        pass.setValue(b.pass());
        good.setValue(b.good());
        excellent.setValue(b.excellent());
        attempts.setValue(s == null ? 3 : s.attemptsAllowed());
        counting.setValue(s == null ? Counting.HIGHEST : s.counting());
        review.setValue(s == null ? ReviewPolicy.AFTER_CLOSE : s.review());
        pool.setValue(s == null ? QuestionPool.PRACTICE_AND_RESERVE : s.pool());
        partial.setValue(s != null && s.partialCredit());
        certificate.setValue(s == null || s.certificate());
        BlueprintEditor blueprint = new BlueprintEditor(courses, s == null ? List.of() : s.sections());
        if (s != null) {
            audienceUnits.setValue(units.stream().filter(u -> s.audience().contains(AudienceRule.unit(u.id())))
                    .collect(Collectors.toSet()));
            Set<OfficialCategory> cats = new HashSet<>();
            s.audience().stream().filter(r -> r.kind() == AudienceRule.Kind.CATEGORY)
                    .forEach(r -> cats.add(r.category()));
            categories.setValue(cats);
            named.setValue(Set.copyOf(officials.chosen(s.audience().stream()
                    .filter(r -> r.kind() == AudienceRule.Kind.OFFICIAL).map(AudienceRule::officialId).toList())));
        }
        FormLayout form = new FormLayout(title, kind, owner, limit, opens, closes, makeupOpens, makeupCloses, pass, good,
                excellent, attempts, counting, review, pool, partial, certificate, audienceUnits, categories, named);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, new H4(getTranslation("manage.blueprint")), blueprint);

        Button save = new Button(getTranslation("action.save"));
        save.setId("exam-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                Set<AudienceRule> audience = new HashSet<>();
                audienceUnits.getValue().forEach(u -> audience.add(AudienceRule.unit(u.id())));
                categories.getValue().forEach(c -> audience.add(AudienceRule.category(c)));
                named.getValue().forEach(o -> audience.add(AudienceRule.official(o.id())));
                if (audience.isEmpty()) {
                    throw new BusinessException("exam.error.audience");
                }
                ExamSettings settings = new ExamSettings(title.getValue(), kind.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), null, audience, instant(opens),
                        instant(closes), instant(makeupOpens), instant(makeupCloses), value(limit),
                        blueprint.sections(), new Bands(value(pass), value(good), value(excellent)), value(attempts),
                        counting.getValue(), partial.getValue(), review.getValue(), certificate.getValue(),
                        pool.getValue());
                if (existing == null) {
                    exams.create(settings);
                } else {
                    exams.update(existing.id(), settings, existing.version());
                }
                Notify.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            });
            save.setEnabled(!ok);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(96vw, 60rem)");
    }

    private <T extends Enum<T>> Select<T> select(String labelKey, T[] values, String prefix) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(prefix + "." + v.name()));
        return select;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    private static Instant instant(DateTimePicker p) {
        return Times.instant(p.getValue());
    }

    private static LocalDateTime local(Instant i) {
        return Times.local(i);
    }
}
