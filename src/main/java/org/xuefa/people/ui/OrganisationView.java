package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Labels;
import org.xuefa.people.Establishment;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.Roles;

/** The org-unit tree within one's scope; a unit's posts and their holders beside it. */
@Route("organisation")
@Menu(title = "menu.organisation", order = 10, icon = "vaadin:sitemap")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {
    private final OrgUnits orgUnits;
    private final boolean canEdit;
    private final boolean isAdmin;
    final TreeGrid<OrgUnitRecord> tree = new TreeGrid<>();
    final UnitPanel panel;

    public OrganisationView(OrgUnits orgUnits, Establishment establishment, Officials officials,
            CurrentUser currentUser, Clock clock) {
        this.orgUnits = orgUnits;
        this.canEdit = currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.ADMIN)).orElse(false);
        this.isAdmin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        this.panel = new UnitPanel(establishment, officials, canEdit, clock);
        addClassName("xf-page");
        setSizeFull();
        Button addRoot = new Button(getTranslation("unit.addRoot"), VaadinIcon.PLUS.create(),
                e -> new UnitDialog(orgUnits, null, null, this::reload).open());
        addRoot.setVisible(isAdmin);
        add(new HorizontalLayout(new H1(getTranslation("organisation.title")), addRoot));

        tree.setId("unit-tree");
        tree.addHierarchyColumn(u -> u.displayName(getLocale())).setHeader(getTranslation("unit.name"))
                .setAutoWidth(true).setFlexGrow(1);
        tree.addColumn(u -> Labels.of("unitKind", u.kind())).setHeader(getTranslation("unit.kind")).setAutoWidth(true);
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                OrgUnitRecord u = e.getValue();
                panel.show(u, () -> new UnitDialog(orgUnits, null, u, this::reload).open(),
                        () -> new UnitDialog(orgUnits, u, null, this::reload).open());
            }
        });
        SplitLayout split = new SplitLayout(tree, panel);
        split.setSplitterPosition(35);
        split.setSizeFull();
        add(split);
        setFlexGrow(1, split);
        reload();
    }

    void reload() {
        List<OrgUnitRecord> units = orgUnits.visibleTree();
        Set<Long> ids = units.stream().map(OrgUnitRecord::id).collect(Collectors.toSet());
        List<OrgUnitRecord> roots = units.stream().filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
                .toList();
        var children = units.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnitRecord::parentId));
        tree.setItems(roots, u -> children.getOrDefault(u.id(), List.of()));
        tree.expand(roots);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " · 学法";
    }
}
