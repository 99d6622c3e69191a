package org.xuefa.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xuefa.base.ui.LanguageSwitch;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.security.AccountService;
import org.xuefa.security.AccountSessions;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.XuefaUser;

/** The signed-in user's own settings: language, mail address, password and signed-in sessions. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    public ProfileView(AccountService accounts, CurrentUser currentUser, UserPreferences preferences,
            AccountSessions sessions) {
        addClassName("xf-page");
        XuefaUser user = currentUser.require();
        add(new H1(getTranslation("profile.title")));
        add(new Paragraph(user.displayName() + " (" + user.getUsername() + ") · "
                + user.roles().stream().map(r -> Labels.of("role", r)).collect(Collectors.joining(", "))));

        add(new H3(getTranslation("profile.language")));
        LanguageSwitch language = new LanguageSwitch();
        language.addLanguageChosenListener(e -> preferences.storeLocale(e.locale()));
        add(language);

        add(new H3(getTranslation("profile.email")));
        EmailField email = new EmailField();
        email.setId("profile-email");
        email.setValue(Objects.requireNonNullElse(accounts.ownEmail(), ""));
        email.setHelperText(getTranslation("profile.email.help"));
        email.setWidth("24rem");
        Button saveEmail = new Button(getTranslation("profile.email.save"), e -> {
            if (Notify.attempt(() -> accounts.setOwnEmail(email.getValue()))) {
                Notify.success(getTranslation("profile.email.saved"));
            }
        });
        saveEmail.setId("profile-email-save");
        add(new HorizontalLayout(email, saveEmail));

        add(new H3(getTranslation("profile.password")));
        add(new PasswordChangeForm(accounts));

        add(new H3(getTranslation("profile.sessions")));
        add(new SessionsList(sessions));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · 学法";
    }
}
