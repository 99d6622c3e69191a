package org.xuefa.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.Labels;
import org.xuefa.certification.CredentialDetail;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.HolderCredentials;
import org.xuefa.certification.RegistrationRecord;
import org.xuefa.certification.RiskReason;

/**
 * A person's credentials as cards, newest first: status, dates, fields, suspension or revocation, what renewed
 * what, each year's registration, and a warning when next registration is at risk.
 */
class CredentialHistory extends VerticalLayout {
    private final BiFunction<CredentialRecord, CredentialTypeRecord, Component> actions;
    private final boolean own;

    /** The signed-in holder's own credentials: a risk warning links to what earns the missing hours or the exam. */
    CredentialHistory(HolderCredentials holder, List<CredentialTypeRecord> types) {
        this(holder, types, null, true);
    }

    /** With HR's actions on each credential (see {@link CredentialActions}) when {@code actions} is given. */
    CredentialHistory(HolderCredentials holder, List<CredentialTypeRecord> types,
            BiFunction<CredentialRecord, CredentialTypeRecord, Component> actions) {
        this(holder, types, actions, false);
    }

    private CredentialHistory(HolderCredentials holder, List<CredentialTypeRecord> types,
            BiFunction<CredentialRecord, CredentialTypeRecord, Component> actions, boolean own) {
        this.actions = actions;
        this.own = own;
        setPadding(false);
        addClassName("xf-credential-history");
        Map<String, CredentialTypeRecord> byCode = types.stream()
                .collect(Collectors.toMap(CredentialTypeRecord::code, t -> t));
        if (holder.credentials().isEmpty()) {
            add(new Paragraph(getTranslation("credentials.none")));
            return;
        }
        Map<Long, CredentialRecord> byId = holder.credentials().stream().map(CredentialDetail::credential)
                .collect(Collectors.toMap(CredentialRecord::id, c -> c));
        for (CredentialDetail d : holder.credentials()) {
            add(card(d, byCode.get(d.credential().typeCode()), byId));
        }
    }

    private Card card(CredentialDetail d, CredentialTypeRecord type, Map<Long, CredentialRecord> byId) {
        CredentialRecord c = d.credential();
        Span status = new Span(Labels.of("credentialStatus", c.status()));
        status.getElement().getThemeList().add("badge " + switch (c.status()) {
            case VALID -> "success";
            case EXPIRING -> "contrast";
            default -> "error";
        });
        Card card = new Card((type == null ? c.typeCode() : type.name(getLocale())) + " · " + c.number(), status);
        card.addClassName("xf-credential-card");
        card.setId("credential-" + c.id());
        if (actions != null) {
            card.add(actions.apply(c, type));
        }
        line(card, "credential.issuedOn", Labels.date(c.issuedOn()));
        line(card, "credential.expiresOn", c.expiresOn() == null ? getTranslation("credential.noExpiry")
                : Labels.date(c.expiresOn()));
        if (!c.fields().isBlank()) {
            line(card, "credential.fields", c.fields());
        }
        if (!c.issuer().isBlank()) {
            line(card, "credential.issuer", c.issuer());
        }
        if (c.status() == CredentialStatus.SUSPENDED && c.suspendReason() != null) {
            line(card, "credential.suspendReason", c.suspendReason());
        }
        if (c.status() == CredentialStatus.REVOKED && c.revokeReason() != null) {
            line(card, "credential.revokeReason", c.revokeReason());
        }
        if (d.replacedById() != null) {
            CredentialRecord next = byId.get(d.replacedById());
            line(card, "credential.renewedAs", next == null ? "" : next.number());
        }
        if (d.scanned()) {
            Anchor scan = new Anchor(
                    "/files/credentials/" + c.id(), getTranslation("credentialScan.download"));
            scan.setRouterIgnore(true);
            scan.getElement().setAttribute("download", true);
            scan.setId("credential-scan-" + c.id());
            card.add(new Paragraph(scan));
        }
        if (!d.registrations().isEmpty()) {
            H3 title = new H3(getTranslation("credential.registrations"));
            title.addClassName("xf-subtitle");
            card.add(title);
            for (RegistrationRecord r : d.registrations()) {
                Paragraph p = new Paragraph(getTranslation("credential.registrationLine", String.valueOf(r.year()),
                        getTranslation(r.passed() ? "credential.registration.passed" : "credential.registration.failed"),
                        r.reason() == null ? "" : r.reason()));
                p.addClassName(r.passed() ? "xf-ok" : "xf-risk");
                card.add(p);
            }
        }
        if (!d.risks().isEmpty()) {
            Div warning = new Div();
            warning.addClassName("xf-warning");
            warning.setId("credential-risk-" + c.id());
            for (RiskReason reason : d.risks()) {
                // only the hours message has placeholders: formatting the others would eat their apostrophes
                warning.add(new Paragraph(reason == RiskReason.HOURS_BEHIND
                        ? getTranslation("credential.riskLong." + reason,
                                d.hoursThisYear().stripTrailingZeros().toPlainString(),
                                type == null ? 0 : type.requiredHours())
                        : getTranslation("credential.riskLong." + reason)));
                if (own) {
                    warning.add(RiskPaths.of(reason, d.hoursThisYear(), type == null ? 0 : type.requiredHours()));
                }
            }
            card.add(warning);
        }
        return card;
    }

    private void line(Card card, String labelKey, String value) {
        Paragraph p = new Paragraph(getTranslation(labelKey) + "：" + value);
        p.addClassName("xf-muted");
        card.add(p);
    }
}
