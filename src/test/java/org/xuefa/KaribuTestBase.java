package org.xuefa;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.xuefa.base.i18n.Messages;

/** Browserless UI tests: Karibu drives the real views against the shared Spring context. */
public abstract class KaribuTestBase extends ServiceTestBase {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.xuefa");

    @Autowired
    protected ApplicationContext ctx;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        useLocale(Messages.CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** A fresh Vaadin session and UI, e.g. to act as someone else within one test. */
    protected void restartVaadin() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** Signs in for both the services and Vaadin's view access checks. */
    @Override
    protected UserDetails loginAs(String username) {
        UserDetails user = super.loginAs(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(
                SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
        return user;
    }

    @Override
    protected void loginAsOfficial(Long officialId) {
        super.loginAsOfficial(officialId);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> "CADRE".equals(role));
    }

    protected void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    protected void navigate(String route) {
        UI.getCurrent().navigate(route);
    }
}
