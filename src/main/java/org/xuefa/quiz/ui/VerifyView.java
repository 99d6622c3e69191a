package org.xuefa.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.xuefa.base.ui.LanguageSwitch;
import org.xuefa.base.ui.Labels;
import org.xuefa.quiz.CertificateRecord;
import org.xuefa.quiz.Certificates;

/**
 * Public check of a certificate of passing, reached by its QR code: shows only name, exam, band, date of issue and
 * whether it is valid, or that the code is unknown.
 */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    private final Certificates certificates;
    private final Clock clock;
    private String code = "";
    private Optional<CertificateRecord> certificate = Optional.empty();

    public VerifyView(Certificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
        addClassName("xf-page");
        // a screen outside the main layout is its own main landmark
        getElement().setAttribute("role", "main");
        setId("verify-view");
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getRouteParameters().get("code").orElse("").trim().toUpperCase(Locale.ROOT);
        code = asked.length() > 40 ? asked.substring(0, 40) : asked;
        certificate = certificates.verify(code);
        render();
    }

    /** The view may be created before the browser's language is known, so its texts follow the locale. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("verify.title")));
        certificate.ifPresentOrElse(this::showCertificate, () -> {
            Paragraph unknown = new Paragraph(getTranslation("verify.unknown", code));
            unknown.setId("verify-unknown");
            unknown.addClassName("xf-errors");
            add(unknown);
        });
        Paragraph note = new Paragraph(getTranslation("verify.note"));
        note.addClassName("xf-muted");
        add(note, new LanguageSwitch());
    }

    private void showCertificate(CertificateRecord c) {
        Div details = new Div();
        details.setId("verify-details");
        details.addClassName("xf-card");
        details.setWidthFull();
        details.add(row("name", "certificate.field.name", new Span(c.officialName())));
        details.add(row("exam", "certificate.field.exam", new Span(c.examTitle())));
        details.add(row("band", "certificate.field.band", new Span(Labels.of("band", c.band()))));
        details.add(row("issued", "certificate.field.issuedOn", new Span(Labels.date(c.issuedOn()))));
        Span status = new Span(getTranslation(statusKey(c)));
        status.addClassName(c.valid() ? "xf-ok" : "xf-gap");
        details.add(row("status", "certificate.field.status", status));
        add(details);
        if (c.revoked()) {
            // only that it was revoked: the reason (e.g. someone else sat the exam) is for the holder and the audit
            Paragraph revoked = new Paragraph(getTranslation("verify.revoked"));
            revoked.setId("verify-revoked");
            revoked.addClassName("xf-errors");
            add(revoked);
        }
    }

    private String statusKey(CertificateRecord c) {
        if (c.valid()) {
            return "verify.status.valid";
        }
        if (c.revoked()) {
            return "verify.status.revoked";
        }
        boolean expired = c.validUntil() != null && LocalDate.now(clock).isAfter(c.validUntil());
        return expired ? "verify.status.expired" : "verify.status.revoked";
    }

    private Div row(String id, String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("xf-muted");
        label.getStyle().set("display", "inline-block").set("min-width", "7em");
        value.setId("verify-" + id);
        Div row = new Div(label, value);
        row.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · 学法";
    }
}
