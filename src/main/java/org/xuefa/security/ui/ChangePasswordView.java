package org.xuefa.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.xuefa.security.AccountService;

/**
 * Where a user whose password was set by an administrator or generated lands after signing in: nothing else opens
 * until they chose their own ({@link PasswordChangeGuard}). Outside the main layout, so no menu leads away.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("xf-page");
        // a screen outside the main layout is its own main landmark
        getElement().setAttribute("role", "main");
        setMaxWidth("44rem");
        add(new H1(getTranslation("password.change.title")));
        Paragraph why = new Paragraph(getTranslation("password.change.why"));
        why.setId("password-change-why");
        add(why);
        PasswordChangeForm form = new PasswordChangeForm(accounts);
        form.addChangedListener(e -> getUI().ifPresent(ui -> ui.navigate("")));
        add(form);
        Button signOut = new Button(getTranslation("password.change.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title") + " · 学法";
    }
}
