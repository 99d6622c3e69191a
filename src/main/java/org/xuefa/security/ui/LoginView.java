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
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import org.springframework.security.web.WebAttributes;
import org.xuefa.base.ui.LanguageSwitch;
import org.xuefa.base.ui.Times;
import org.xuefa.security.SignInThrottledException;

/** Sign-in, in the browser's language until the user picks one. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {
    private final LoginForm form = new LoginForm();
    private final Paragraph tagline = new Paragraph();
    private final AuthenticationContext authentication;
    /** When the last attempt was refused by the sign-in throttle: from when to retry. */
    private Instant retryAt;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("xf-login");
        // a screen outside the main layout is its own main landmark
        getElement().setAttribute("role", "main");
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
        if (retryAt != null) {
            err.setTitle(getTranslation("login.throttled.title"));
            err.setMessage(getTranslation("login.throttled.message", Times.dateTimeSeconds(retryAt)));
        } else {
            err.setTitle(getTranslation("login.error.title"));
            err.setMessage(getTranslation("login.error.message"));
        }
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
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        retryAt = error ? lastRefusal() : null;
        form.setI18n(i18n());
        form.setError(error);
    }

    /** Spring Security keeps the last sign-in failure in the HTTP session for the login page. */
    private static Instant lastRefusal() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof SignInThrottledException t ? t.retryAt() : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · 学法";
    }
}
