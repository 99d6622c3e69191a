package org.xuefa.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xuefa.base.ui.UserPreferences;

@Component
class AccountPreferences implements UserPreferences {
    private final CurrentUser currentUser;
    private final AccountService accounts;

    AccountPreferences(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> storedLocale() {
        return currentUser.get().map(XuefaUser::locale).filter(l -> l != null && !l.isBlank())
                .map(Locale::forLanguageTag);
    }

    @Override
    public void storeLocale(Locale locale) {
        if (currentUser.get().isPresent()) {
            accounts.setOwnLocale(locale);
        }
    }
}
