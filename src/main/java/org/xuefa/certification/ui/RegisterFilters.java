package org.xuefa.certification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xuefa.base.ui.Labels;
import org.xuefa.certification.CredentialFilter;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.people.OrgUnitRecord;

/**
 * The register's filters: unit (with its subtree), type, status, expiring within days, and a text matched against
 * the holder's name, staff number and the credential's number. Says what changed through {@code changed}, and
 * gives the filter as the service takes it and as the export links' query string.
 */
class RegisterFilters extends Composite<HorizontalLayout> {
    final ComboBox<OrgUnitRecord> unit = new ComboBox<>();
    final Select<String> type = new Select<>();
    final Select<CredentialStatus> status = new Select<>();
    final IntegerField expiring = new IntegerField();
    final TextField text = new TextField();

    RegisterFilters(List<OrgUnitRecord> units, List<String> typeCodes, Map<String, String> typeNames,
            Runnable changed) {
        unit.setId("credentials-unit");
        unit.setPlaceholder(getTranslation("official.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "　".repeat(u.depth()) + u.name());
        unit.setClearButtonVisible(true);
        type.setId("credentials-type");
        type.setItems(typeCodes);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.all"));
        type.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : typeNames.get(c));
        type.setPlaceholder(getTranslation("credential.type"));
        status.setId("credentials-status");
        status.setItems(CredentialStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Labels.of("credentialStatus", s));
        status.setPlaceholder(getTranslation("credential.status"));
        expiring.setPlaceholder(getTranslation("credential.expiringWithin"));
        expiring.setClearButtonVisible(true);
        expiring.setMin(0);
        text.setId("credentials-text");
        text.setPlaceholder(getTranslation("credential.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        unit.addValueChangeListener(e -> changed.run());
        type.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
        expiring.addValueChangeListener(e -> changed.run());
        text.addValueChangeListener(e -> changed.run());
        getContent().add(unit, type, status, expiring, text);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
    }

    CredentialFilter filter() {
        Integer days = expiring.getValue() == null || expiring.getValue() < 0 ? null : expiring.getValue();
        String t = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new CredentialFilter(type.getValue(), status.getValue(), days,
                unit.getValue() == null ? null : unit.getValue().id(), t);
    }

    /** The filter as the export endpoints read it, e.g. {@code ?type=ENFORCEMENT&status=EXPIRING}. */
    static String query(CredentialFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "type", f.typeCode());
        add(parts, "status", f.status());
        add(parts, "expiring", f.expiringWithinDays());
        add(parts, "unit", f.unitId());
        add(parts, "text", f.text());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
