package org.xuefa.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.ui.DashboardView;
import org.xuefa.security.AccountService;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.SignInThrottledException;

/** The login page when sign-in is throttled, and the forced change of a password an administrator set. */
class SignInScreensTest extends KaribuTestBase {
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;

    private String i18n() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }

    @Test
    void the_login_page_says_when_a_throttled_sign_in_may_be_retried() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInThrottledException(TestClockConfig.NOW.plus(Duration.ofMinutes(15))));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n()).contains("登录失败次数过多", "2026-11-26 10:15:00");
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_plain_wrong_password_keeps_the_usual_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n()).contains("用户名或密码").doesNotContain("登录失败次数过多");
    }

    @Test
    void a_password_set_by_an_administrator_must_be_changed_before_anything_else_opens() {
        loginAs("admin");
        String name = "f" + UUID.randomUUID().toString().substring(0, 7);
        accounts.create(new AccountService.NewAccount(name, "强制改密", "Set-by-admin-2026", null,
                Set.of(new RoleGrant(Role.CADRE, 1L))));
        loginAs(name);
        assertThat(currentUser.require().mustChangePassword()).isTrue();
        navigate("");
        _get(ChangePasswordView.class);
        navigate("profile");
        _get(ChangePasswordView.class);

        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), "Set-by-admin-2026");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "woaini1314520");
        assertThat(_get(Div.class, s -> s.withId("password-hints")).getElement().getTextRecursively())
                .contains("常见密码");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "My own long phrase 2026");
        assertThat(_get(Span.class, s -> s.withId("password-strength-level")).getText()).isEqualTo("强");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "My own long phrase 2026");
        _click(_get(Button.class, s -> s.withId("password-change")));

        assertThat(currentUser.require().mustChangePassword()).isFalse();
        assertThat(_find(ChangePasswordView.class)).isEmpty();
        navigate("profile");
        _get(ProfileView.class);
    }

    @Test
    void demo_accounts_are_not_forced_to_change() {
        loginAs("cadre");
        navigate("");
        assertThat(_find(ChangePasswordView.class)).isEmpty();
        _get(DashboardView.class);
    }
}
