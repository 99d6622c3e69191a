package org.xuefa.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A translated error page inside the app's layout (an unknown address, a screen or record the user may not
 * open): what happened, in the user's language, and a way back to the start page. It never names the route or
 * the exception, so it does not tell whether a forbidden screen exists.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {
    private final String titleKey;

    ErrorPage(String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassName("xf-page");
        addClassName("xf-error-page");
        setId("error-page");
        Icon icon = VaadinIcon.INFO_CIRCLE_O.create();
        icon.addClassName("xf-error-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Anchor home = new Anchor("", getTranslation("errorPage.home"));
        home.setId("error-home");
        add(icon, new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · 学法";
    }
}
