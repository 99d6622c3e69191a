package org.xuefa.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Law;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.Role;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.Repeat;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/**
 * Schedules a session or changes one: kind, title, time and place, speaker (an official or an external person),
 * laws and articles, course lessons, invitees, credit hours (from the length unless changed), and for a new
 * session a repeat. Over 200 lines because it is one form whose fields depend on each other (length and credit
 * hours, speaker and official, repeat and start).
 */
class SessionEditor extends Dialog {
    /** What the editor offers to choose from. */
    record Choices(List<OrgUnitRecord> units, Officials people, List<Law> laws, List<Course> courses) {
        /** The organizer's units, their people (fetched page by page), the laws in force and the courses. */
        static Choices load(OrgUnits orgUnits, Officials officials,
                CourseCatalog catalog) {
            return new Choices(orgUnits.treeOf(Role.ORGANIZER), officials,
                    catalog.library().laws().values().stream().filter(Law::isCurrent)
                            .sorted(Comparator.comparing(Law::id)).toList(), catalog.courses());
        }

        /** A page of the organizer's active people matching what was typed, for a picker. */
        Stream<OfficialRecord> fetch(Query<OfficialRecord, String> q) {
            return people.pick(q.getFilter().orElse(null), Role.ORGANIZER, q.getOffset(), q.getLimit()).stream();
        }

        int count(Query<OfficialRecord, String> q) {
            return (int) people.countPicks(q.getFilter().orElse(null), Role.ORGANIZER);
        }
    }

    private record LessonChoice(String courseId, int number, String label) {
    }

    private final List<StudiedLaw> laws = new ArrayList<>();
    private final Grid<StudiedLaw> lawGrid = new Grid<>();
    private boolean hoursTouched;

    SessionEditor(StudySessions sessions, SessionRecord existing, Choices choices, Clock clock, Runnable onSaved) {
        setId("session-editor");
        setHeaderTitle(existing == null ? getTranslation("study.sessions.new") : existing.title());
        SessionData d = existing == null ? null : existing.data();

        ComboBox<OrgUnitRecord> unit = new ComboBox<>(getTranslation("study.f.unit"), choices.units());
        unit.setItemLabelGenerator(u -> u.displayName(getLocale()));
        Select<SessionKind> kind = new Select<>();
        kind.setLabel(getTranslation("study.f.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sessionKind." + k));
        kind.setId("session-kind");
        TextField title = new TextField(getTranslation("study.f.title"));
        title.setId("session-title");
        DateTimePicker starts = Localized.dateTimePicker(getTranslation("study.f.starts"));
        starts.setId("session-starts");
        DateTimePicker ends = Localized.dateTimePicker(getTranslation("study.f.ends"));
        ends.setId("session-ends");
        TextField place = new TextField(getTranslation("study.f.place"));
        ComboBox<OfficialRecord> speakerOfficial = new ComboBox<>(getTranslation("study.f.speakerOfficial"));
        speakerOfficial.setItems(choices::fetch, choices::count);
        speakerOfficial.setItemLabelGenerator(o -> o.name() + " · " + o.unitName());
        speakerOfficial.setClearButtonVisible(true);
        TextField speakerName = new TextField(getTranslation("study.f.speakerName"));
        speakerName.setHelperText(getTranslation("study.f.speakerName.help"));
        TextField speakerTitle = new TextField(getTranslation("study.f.speakerTitle"));
        speakerTitle.setPlaceholder(getTranslation("study.f.speakerTitle.placeholder"));
        BigDecimalField hours = new BigDecimalField(getTranslation("study.f.hours"));
        hours.setId("session-hours");
        hours.setHelperText(getTranslation("study.f.hours.help"));

        MultiSelectComboBox<OrgUnitRecord> inviteUnits = new MultiSelectComboBox<>(getTranslation("study.f.inviteUnits"));
        inviteUnits.setItems(choices.units());
        inviteUnits.setItemLabelGenerator(u -> u.displayName(getLocale()));
        inviteUnits.setId("session-invite-units");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("study.f.inviteRoles"));
        roles.setItems(Role.CADRE, Role.ORGANIZER, Role.HR, Role.LEADER);
        roles.setItemLabelGenerator(r -> Labels.of("role", r));
        CheckboxGroup<OfficialCategory> categories = new CheckboxGroup<>(getTranslation("study.f.inviteCategories"));
        categories.setItems(OfficialCategory.values());
        categories.setItemLabelGenerator(c -> Labels.of("category", c));
        MultiSelectComboBox<OfficialRecord> people = new MultiSelectComboBox<>(getTranslation("study.f.invitePeople"));
        people.setItems(choices::fetch, choices::count);
        people.setItemLabelGenerator(o -> o.name() + " · " + o.staffNumber() + " · " + o.unitName());

        List<LessonChoice> lessonChoices = choices.courses().stream().flatMap(c -> c.lessons().stream()
                .map(l -> new LessonChoice(c.id(), l.number(), c.title(getLocale()) + " · " + l.title(getLocale()))))
                .toList();
        MultiSelectComboBox<LessonChoice> lessons = new MultiSelectComboBox<>(getTranslation("study.f.lessons"));
        lessons.setItems(lessonChoices);
        lessons.setItemLabelGenerator(LessonChoice::label);

        Select<Repeat.Frequency> repeat = new Select<>();
        repeat.setLabel(getTranslation("study.f.repeat"));
        repeat.setItems(Repeat.Frequency.values());
        repeat.setEmptySelectionAllowed(true);
        repeat.setEmptySelectionCaption(getTranslation("study.f.repeat.none"));
        repeat.setItemLabelGenerator(f -> f == null ? getTranslation("study.f.repeat.none")
                : getTranslation("repeat." + f));
        repeat.setId("session-repeat");
        DatePicker until = Localized.datePicker(getTranslation("study.f.until"));
        until.setId("session-until");
        until.setEnabled(false);
        repeat.addValueChangeListener(e -> until.setEnabled(e.getValue() != null));

        LocalDateTime next = LocalDateTime.now(clock.withZone(Times.zone())).plusDays(1).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        unit.setValue(d == null ? choices.units().stream().findFirst().orElse(null)
                : choices.units().stream().filter(u -> u.id().equals(d.unitId())).findFirst().orElse(null));
        kind.setValue(d == null ? SessionKind.LEADERSHIP_COLLECTIVE : d.kind());
        title.setValue(d == null ? "" : d.title());
        starts.setValue(d == null ? next : Times.local(d.startsAt()));
        ends.setValue(d == null ? next.plusMinutes(90) : Times.local(d.endsAt()));
        place.setValue(d == null || d.place() == null ? "" : d.place());
        if (d != null) {
            speakerOfficial.setValue(d.speakerOfficialId() == null ? null
                    : choices.people().chosen(List.of(d.speakerOfficialId())).stream().findFirst().orElse(null));
            if (d.speakerOfficialId() == null) {
                speakerName.setValue(d.speakerName() == null ? "" : d.speakerName());
            }
            speakerTitle.setValue(d.speakerTitle() == null ? "" : d.speakerTitle());
            hours.setValue(d.creditHours());
            hoursTouched = true;
            laws.addAll(d.laws());
            inviteUnits.setValue(choices.units().stream().filter(u -> d.invitees().contains(AudienceRule.unit(u.id())))
                    .collect(Collectors.toSet()));
            roles.setValue(d.invitees().stream().filter(i -> i.kind() == AudienceRule.Kind.ROLE)
                    .map(AudienceRule::role).collect(Collectors.toSet()));
            categories.setValue(d.invitees().stream().filter(i -> i.kind() == AudienceRule.Kind.CATEGORY)
                    .map(AudienceRule::category).collect(Collectors.toSet()));
            people.setValue(Set.copyOf(choices.people().chosen(d.invitees().stream()
                    .filter(i -> i.kind() == AudienceRule.Kind.OFFICIAL).map(AudienceRule::officialId).toList())));
            lessons.setValue(lessonChoices.stream().filter(l -> d.lessons().contains(new LessonRef(l.courseId(),
                    l.number()))).collect(Collectors.toSet()));
        }
        Runnable recompute = () -> {
            if (!hoursTouched && starts.getValue() != null && ends.getValue() != null
                    && ends.getValue().isAfter(starts.getValue())) {
                hours.setValue(sessions.defaultCreditHours(Times.instant(starts.getValue()),
                        Times.instant(ends.getValue())));
            }
        };
        recompute.run();
        starts.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getOldValue() != null && e.getValue() != null && ends.getValue() != null) {
                // moving the start keeps the length
                ends.setValue(ends.getValue().plus(Duration.between(e.getOldValue(), e.getValue())));
            }
            recompute.run();
        });
        ends.addValueChangeListener(e -> recompute.run());
        hours.addValueChangeListener(e -> hoursTouched |= e.isFromClient());

        FormLayout form = new FormLayout(kind, unit, title, place, starts, ends, speakerOfficial, speakerName,
                speakerTitle, hours);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        FormLayout invite = new FormLayout(inviteUnits, people, roles, categories);
        invite.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, new H4(getTranslation("study.f.invitees")), invite, new H4(getTranslation("study.f.laws")), lawGrid,
                lawAdder(choices.laws()), lessons);
        if (existing == null) {
            HorizontalLayout repeatRow = new HorizontalLayout(repeat, until);
            repeatRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(new H4(getTranslation("study.f.repeatTitle")), repeatRow);
        }
        lessons.setWidthFull();
        lawGrid.setId("session-laws");
        lawGrid.addColumn(l -> choices.laws().stream().filter(x -> x.id().equals(l.lawId())).findFirst()
                .map(x -> x.title(getLocale())).orElse(l.lawId())).setHeader(getTranslation("study.f.law"))
                .setAutoWidth(true);
        lawGrid.addColumn(StudiedLaw::articles).setHeader(getTranslation("study.f.articles"));
        lawGrid.addComponentColumn(l -> new Button(VaadinIcon.TRASH.create(), e -> {
            laws.remove(l);
            lawGrid.setItems(laws);
        })).setFlexGrow(0).setAutoWidth(true);
        lawGrid.setItems(laws);
        lawGrid.setAllRowsVisible(true);

        Button save = new Button(getTranslation("action.save"));
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                Set<AudienceRule> invitees = new HashSet<>();
                inviteUnits.getValue().forEach(u -> invitees.add(AudienceRule.unit(u.id())));
                roles.getValue().forEach(r -> invitees.add(AudienceRule.role(r)));
                categories.getValue().forEach(c -> invitees.add(AudienceRule.category(c)));
                people.getValue().forEach(o -> invitees.add(AudienceRule.official(o.id())));
                OfficialRecord speaker = speakerOfficial.getValue();
                SessionData data = new SessionData(unit.getValue() == null ? null : unit.getValue().id(),
                        kind.getValue(), title.getValue(), Times.instant(starts.getValue()),
                        Times.instant(ends.getValue()), place.getValue(), speaker == null ? null : speaker.id(),
                        speaker == null ? speakerName.getValue() : null, speakerTitle.getValue(), List.copyOf(laws),
                        lessons.getValue().stream().map(l -> new LessonRef(l.courseId(), l.number())).toList(),
                        invitees, hours.getValue());
                if (existing != null) {
                    sessions.update(existing.id(), data, existing.version());
                    Notify.success(getTranslation("action.saved"));
                } else {
                    if (repeat.getValue() != null && until.getValue() == null) {
                        throw new BusinessException("study.session.error.repeat");
                    }
                    int n = sessions.create(data, repeat.getValue() == null ? null
                            : new Repeat(repeat.getValue(), until.getValue())).size();
                    Notify.success(getTranslation("study.sessions.created", n));
                }
                close();
                onSaved.run();
            });
            save.setEnabled(!ok);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(96vw, 60rem)");
    }

    private HorizontalLayout lawAdder(List<Law> choices) {
        ComboBox<Law> law = new ComboBox<>(getTranslation("study.f.law"), choices);
        law.setItemLabelGenerator(l -> l.title(getLocale()));
        law.setWidth("22rem");
        law.setId("session-law");
        TextField articles = new TextField(getTranslation("study.f.articles"));
        articles.setPlaceholder(getTranslation("study.f.articles.placeholder"));
        Button add = new Button(getTranslation("study.f.addLaw"), VaadinIcon.PLUS.create(), e -> {
            if (law.getValue() == null) {
                return;
            }
            laws.add(new StudiedLaw(law.getValue().id(), articles.getValue()));
            lawGrid.setItems(laws);
            law.clear();
            articles.clear();
        });
        add.setId("session-law-add");
        HorizontalLayout row = new HorizontalLayout(law, articles, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
