package org.xuefa.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.xuefa.base.ui.LanguageSwitch;

/** Sign-in, in the browser's language until the user picks one. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {
    private final LoginForm form = new LoginForm();
    private final Paragraph tagline = new Paragraph();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("xf-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        H1 title = new H1("学法 · Xuefa");
        tagline.addClassName("xf-login-tagline");
        Div box = new Div(title, tagline, form, new LanguageSwitch());
        box.addClassName("xf-login-box");
        add(box);
    }

    /** The view can be created before the browser's language is known, so its texts follow the locale. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        form.setI18n(i18n());
        tagline.setText(getTranslation("login.tagline"));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage err = i18n.getErrorMessage();
        err.setTitle(getTranslation("login.error.title"));
        err.setMessage(getTranslation("login.error.message"));
        err.setUsername(getTranslation("login.error.username"));
        err.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · 学法";
    }
}
