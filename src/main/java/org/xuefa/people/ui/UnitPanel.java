package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.AssignmentRecord;
import org.xuefa.people.Establishment;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.PostRecord;

/** One unit's posts and, for the selected post, who holds it; HR edits both. */
class UnitPanel extends VerticalLayout {
    private final Establishment establishment;
    private final Officials officials;
    private final boolean canEdit;
    private final Clock clock;
    private final Grid<PostRecord> posts = new Grid<>();
    private final Grid<AssignmentRecord> holders = new Grid<>();
    private final H4 holdersTitle = new H4();
    private final Button assign = new Button();
    private OrgUnitRecord unit;

    UnitPanel(Establishment establishment, Officials officials, boolean canEdit, Clock clock) {
        this.establishment = establishment;
        this.officials = officials;
        this.canEdit = canEdit;
        this.clock = clock;
        setPadding(false);
        posts.setId("posts-grid");
        posts.addColumn(p -> Labels.of("postKind", p.kind())).setHeader(getTranslation("post.kind")).setAutoWidth(true);
        posts.addColumn(PostRecord::title).setHeader(getTranslation("post.title")).setAutoWidth(true);
        posts.addColumn(PostRecord::establishment).setHeader(getTranslation("post.establishment"));
        posts.addColumn(PostRecord::primaryHolders).setHeader(getTranslation("post.primaryHolders"));
        posts.addColumn(PostRecord::concurrentHolders).setHeader(getTranslation("post.concurrentHolders"));
        posts.addColumn(p -> p.requiredCredentialType() == null ? "" : p.requiredCredentialType())
                .setHeader(getTranslation("post.requiredCredential"));
        if (canEdit) {
            posts.addComponentColumn(p -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> new PostDialog(establishment, unit, p,
                        this::reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("action.edit"));
                return edit;
            }).setFlexGrow(0).setAutoWidth(true);
        }
        posts.setAllRowsVisible(true);
        posts.asSingleSelect().addValueChangeListener(e -> showHolders(e.getValue()));

        holders.setId("holders-grid");
        holders.addColumn(AssignmentRecord::officialName).setHeader(getTranslation("official.name")).setAutoWidth(true);
        holders.addColumn(AssignmentRecord::officialUnitName).setHeader(getTranslation("official.unit")).setAutoWidth(true);
        holders.addColumn(a -> Labels.of("employment", a.employmentType())).setHeader(getTranslation("official.employmentType"));
        holders.addColumn(a -> Labels.of("assignmentType", a.type())).setHeader(getTranslation("assignment.type"));
        holders.addColumn(a -> Labels.date(a.startDate())).setHeader(getTranslation("assignment.start"));
        holders.addColumn(a -> Labels.date(a.endDate())).setHeader(getTranslation("assignment.end"));
        if (canEdit) {
            holders.addComponentColumn(a -> {
                Button end = new Button(getTranslation("assignment.endNow"), e -> {
                    if (Notify.attempt(() -> establishment.endAssignment(a.id(), LocalDate.now(clock), a.version()))) {
                        reload();
                    }
                });
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                end.setVisible(a.endDate() == null);
                return end;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        holders.setAllRowsVisible(true);
        assign.setText(getTranslation("assignment.add"));
        assign.setId("assign-open");
        assign.setIcon(VaadinIcon.USER_CHECK.create());
        assign.setVisible(false);
        assign.addClickListener(e -> new AssignDialog(establishment, officials, posts.asSingleSelect().getValue(),
                LocalDate.now(clock), this::reload).open());
    }

    void show(OrgUnitRecord unit, Runnable editUnit, Runnable addChild) {
        this.unit = unit;
        removeAll();
        H3 title = new H3(unit.displayName(getLocale()));
        Paragraph meta = new Paragraph(Labels.of("unitKind", unit.kind()) + " · " + unit.code());
        meta.addClassName("xf-muted");
        HorizontalLayout actions = new HorizontalLayout();
        if (canEdit) {
            Button edit = new Button(getTranslation("unit.edit"), VaadinIcon.EDIT.create(), e -> editUnit.run());
            Button child = new Button(getTranslation("unit.addChild"), VaadinIcon.PLUS.create(), e -> addChild.run());
            child.setId("unit-add-child");
            Button post = new Button(getTranslation("post.add"), VaadinIcon.PLUS.create(),
                    e -> new PostDialog(establishment, unit, null, this::reload).open());
            post.setId("post-add");
            actions.add(edit, child, post);
        }
        add(title, meta, actions, new H4(getTranslation("post.title.plural")), posts, holdersTitle, assign, holders);
        reload();
    }

    private void reload() {
        PostRecord selected = posts.asSingleSelect().getValue();
        var list = establishment.postsOf(unit.id());
        posts.setItems(list);
        list.stream().filter(p -> selected != null && p.id().equals(selected.id())).findFirst()
                .ifPresentOrElse(posts::select, () -> showHolders(null));
        if (selected != null) {
            showHolders(posts.asSingleSelect().getValue());
        }
    }

    private void showHolders(PostRecord post) {
        holdersTitle.setText(post == null ? getTranslation("post.selectHint")
                : getTranslation("post.holders", post.title()));
        assign.setVisible(canEdit && post != null);
        holders.setVisible(post != null);
        holders.setItems(post == null ? List.of() : establishment.assignmentsOfPost(post.id()));
    }
}
