package org.xuefa.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.xuefa.certification.RiskReason;

/**
 * Below a holder's own registration warning: what earns the missing hours (my hours with what to study next, the
 * open courses, the study sessions ahead) or, for the annual exam, the exams page. Plain addresses: the pages
 * belong to modules certification does not depend on.
 */
final class RiskPaths {
    static final String MY_HOURS = "my-hours";
    static final String COURSES = "courses";
    static final String MY_SESSIONS = "my-sessions";
    static final String EXAMS = "exams";

    private RiskPaths() {
    }

    static Component of(RiskReason reason, BigDecimal hoursThisYear, int requiredHours) {
        UI ui = UI.getCurrent();
        Div paths = new Div();
        paths.addClassName("xf-risk-paths");
        if (reason == RiskReason.HOURS_BEHIND) {
            BigDecimal missing = BigDecimal.valueOf(requiredHours).subtract(hoursThisYear).max(BigDecimal.ZERO);
            paths.add(new Span(ui.getTranslation("credential.riskPaths.hours",
                    missing.stripTrailingZeros().toPlainString()) + " "));
            paths.add(link(ui, MY_HOURS, "credential.riskPaths.myHours"), separator(),
                    link(ui, COURSES, "credential.riskPaths.courses"), separator(),
                    link(ui, MY_SESSIONS, "credential.riskPaths.sessions"));
        } else {
            paths.add(new Span(ui.getTranslation("credential.riskPaths.exam") + " "));
            paths.add(link(ui, EXAMS, "credential.riskPaths.exams"));
        }
        return paths;
    }

    private static Anchor link(UI ui, String href, String key) {
        Anchor a = new Anchor(href, ui.getTranslation(key));
        a.addClassName("xf-risk-path");
        return a;
    }

    private static Span separator() {
        return new Span(" · ");
    }
}
