package org.xuefa.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who should receive a notice: the account of an official, the accounts granted a role on some units, their mail
 * address and language. For other modules' services and jobs, which decide whom to notify; not for views.
 */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {
    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Long> accountOf(Long officialId) {
        return officialId == null ? Optional.empty()
                : accounts.findByOfficialId(officialId).filter(UserAccount::enabled).map(UserAccount::getId);
    }

    /** Enabled accounts granted the role on any of the units (a grant covers its unit's subtree). */
    public List<Long> granted(Role role, Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : accounts.granted(role, unitIds);
    }

    public Optional<String> emailOf(Long accountId) {
        return accounts.findById(accountId).filter(UserAccount::enabled).map(UserAccount::email);
    }

    public Locale localeOf(Long accountId) {
        return accounts.findById(accountId).map(UserAccount::locale).filter(l -> l != null && !l.isBlank())
                .map(Locale::forLanguageTag).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
