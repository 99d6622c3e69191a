package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.SpreadsheetUploads;
import org.xuefa.people.AccountRollout;
import org.xuefa.people.AccountSlips;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.RolloutSlip;

/**
 * Creates accounts for every official of a unit's subtree who has none, in one action, and offers their slips (PDF)
 * and list (XLSX). The one-time passwords live only in this dialog: once it closes they cannot be shown again.
 */
class AccountRolloutDialog extends Dialog {
    private final AccountRollout rollout;
    private final AccountSlips papers;
    private final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    private final Paragraph count = new Paragraph();
    final Button create = new Button();
    final Grid<RolloutSlip> grid = new Grid<>();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final List<RolloutSlip> slips = new ArrayList<>();

    AccountRolloutDialog(AccountRollout rollout, AccountSlips papers, List<OrgUnitRecord> units, OrgUnitRecord chosen) {
        this.rollout = rollout;
        this.papers = papers;
        setId("rollout-dialog");
        setHeaderTitle(getTranslation("rollout.title"));
        setWidth("min(56rem, 96vw)");
        unit.setId("rollout-unit");
        unit.setLabel(getTranslation("rollout.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "　".repeat(Math.max(0, u.depth())) + u.displayName(getLocale()));
        unit.setWidthFull();
        count.setId("rollout-count");
        create.setId("rollout-create");
        create.setText(getTranslation("rollout.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> createAll());
        grid.setId("rollout-grid");
        grid.addColumn(RolloutSlip::name).setHeader(getTranslation("official.name")).setAutoWidth(true);
        grid.addColumn(RolloutSlip::unitName).setHeader(getTranslation("official.unit")).setAutoWidth(true);
        grid.addColumn(RolloutSlip::username).setHeader(getTranslation("rollout.username")).setAutoWidth(true);
        grid.addColumn(RolloutSlip::oneTimePassword).setHeader(getTranslation("rollout.password")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        downloads.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation("rollout.hint"));
        hint.addClassName("xf-muted");
        add(new VerticalLayout(hint, unit, count, create, downloads, grid));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        unit.addValueChangeListener(e -> recount());
        unit.setValue(chosen != null ? chosen : units.isEmpty() ? null : units.get(0));
    }

    private void recount() {
        boolean none = unit.getValue() == null;
        long n = none ? 0 : rollout.countWithoutAccount(unit.getValue().id());
        count.setText(getTranslation("rollout.count", n));
        create.setEnabled(n > 0);
    }

    /** Every batch until nobody of the subtree is left without an account; a failed batch keeps the ones before. */
    void createAll() {
        OrgUnitRecord chosen = unit.getValue();
        if (chosen == null) {
            return;
        }
        Notify.attempt(() -> {
            for (var batch = rollout.createNextBatch(chosen.id()); !batch.done();
                    batch = rollout.createNextBatch(chosen.id())) {
                slips.addAll(batch.slips());
            }
        });
        grid.setItems(slips);
        grid.setVisible(!slips.isEmpty());
        showDownloads();
        Notify.success(getTranslation("rollout.created", slips.size()));
        recount();
    }

    private void showDownloads() {
        downloads.removeAll();
        if (slips.isEmpty()) {
            downloads.setVisible(false);
            return;
        }
        List<RolloutSlip> copy = List.copyOf(slips);
        Anchor pdf = SpreadsheetUploads.download("rollout-pdf", getTranslation("rollout.download.pdf"),
                "accounts.pdf", "application/pdf", () -> papers.pdf(copy, getLocale()));
        Anchor xlsx = SpreadsheetUploads.download("rollout-xlsx", getTranslation("rollout.download.xlsx"),
                "accounts.xlsx", Downloads.XLSX.toString(), () -> papers.xlsx(copy, getLocale()));
        downloads.add(pdf, xlsx);
        downloads.setVisible(true);
    }

    List<RolloutSlip> slips() {
        return List.copyOf(slips);
    }
}
