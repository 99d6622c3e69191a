package org.xuefa.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;

/** Creating, disabling and granting accounts (ADMIN), and each user's own password and language. */
@Service
@Transactional
public class AccountService {
    private static final String ENTITY = "account";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final Environment environment;
    private final SessionStamps stamps;

    AccountService(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, CurrentUser currentUser,
            Clock clock, PasswordPolicy policy, Environment environment, SessionStamps stamps) {
        this.stamps = stamps;
        this.policy = policy;
        this.environment = environment;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record NewAccount(String username, String displayName, String password, Long officialId,
            Set<RoleGrant> grants) {
    }

    @Allowed.Admins
    @Transactional(readOnly = true)
    public List<AccountSummary> list(String text, int offset, int limit) {
        return accounts.search(like(text), PageRequest.of(offset / limit, limit, Sort.by("username")))
                .stream().map(UserAccount::toSummary).toList();
    }

    @Allowed.Admins
    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.countSearch(like(text));
    }

    /** Creates an account; its first password is set by the administrator, so the user must change it. */
    @Allowed.Admins
    public AccountSummary create(NewAccount request) {
        return create(request, true);
    }

    /**
     * For the demo profile only: an account whose password (the published demo password) skips the policy and
     * need not be changed. Refused in any other profile.
     */
    @Allowed.Admins
    public AccountSummary createDemoAccount(NewAccount request) {
        if (!environment.matchesProfiles("demo")) {
            throw new IllegalStateException("demo accounts exist only in the demo profile");
        }
        return create(request, false);
    }

    private AccountSummary create(NewAccount request, boolean applyPolicy) {
        String username = request.username() == null ? "" : request.username().trim();
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new BusinessException("account.error.username-invalid");
        }
        if (accounts.existsByUsername(username)) {
            throw new BusinessException("account.error.username-taken", username);
        }
        if (applyPolicy) {
            policy.check(request.password(), username, false);
        } else if (request.password() == null || request.password().isEmpty()) {
            throw new BusinessException("account.error.password-too-short", policy.minLength());
        }
        if (request.officialId() != null) {
            accounts.findByOfficialId(request.officialId()).ifPresent(other -> {
                throw new BusinessException("account.error.official-linked", other.username());
            });
        }
        String name = request.displayName() == null || request.displayName().isBlank() ? username
                : request.displayName().trim();
        String hash = encoder.encode(request.password());
        UserAccount account = new UserAccount(username, hash, name, clock.instant());
        if (applyPolicy) {
            account.setPasswordForUser(hash);
        }
        account.linkOfficial(request.officialId());
        account.replaceGrants(request.grants());
        accounts.save(account);
        audit.record("CREATE", ENTITY, account.getId(), "account " + username,
                Changes.of().set("displayName", name).set("official", request.officialId())
                        .set("grants", describe(request.grants())).toString());
        return account.toSummary();
    }

    @Allowed.Admins
    public AccountSummary setEnabled(Long id, boolean enabled, long version) {
        UserAccount account = load(id, version);
        if (!enabled && account.username().equals(currentUser.require().getUsername())) {
            throw new BusinessException("account.error.cannot-disable-self");
        }
        Changes changes = Changes.of().field("enabled", account.enabled(), enabled);
        if (account.enabled() != enabled) {
            account.setEnabled(enabled);
            endSessions(account);
        }
        audit.record(enabled ? "ENABLE" : "DISABLE", ENTITY, id, "account " + account.username(), changes.toString());
        return flush(account);
    }

    @Allowed.Admins
    public AccountSummary update(Long id, String displayName, Long officialId, Set<RoleGrant> grants, long version) {
        UserAccount account = load(id, version);
        if (officialId != null) {
            accounts.findByOfficialId(officialId).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw new BusinessException("account.error.official-linked", other.username());
            });
        }
        if (account.username().equals(currentUser.require().getUsername())
                && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
            throw new BusinessException("account.error.cannot-drop-own-admin");
        }
        Changes changes = Changes.of().field("displayName", account.displayName(), displayName)
                .field("official", account.officialId(), officialId)
                .field("grants", describe(account.grants()), describe(grants));
        boolean regranted = !account.grants().equals(Set.copyOf(grants));
        account.rename(displayName);
        account.linkOfficial(officialId);
        account.replaceGrants(grants);
        if (regranted) {
            endSessions(account);
        }
        if (!changes.isEmpty()) {
            audit.record("UPDATE", ENTITY, id, "account " + account.username(), changes.toString());
        }
        return flush(account);
    }

    /**
     * Links an account to an official (or unlinks it with null); an official has at most one account. Returns the
     * account that was linked to the official before, if another.
     */
    @Allowed.Admins
    public Optional<Long> linkOfficial(Long accountId, Long officialId) {
        Optional<UserAccount> previous = officialId == null ? Optional.empty()
                : accounts.findByOfficialId(officialId).filter(a -> !a.getId().equals(accountId));
        previous.ifPresent(a -> a.linkOfficial(null));
        if (accountId != null) {
            UserAccount account = accounts.findById(accountId).orElseThrow(() -> new BusinessException("error.not-found"));
            Changes changes = Changes.of().field("official", account.officialId(), officialId);
            account.linkOfficial(officialId);
            audit.record("UPDATE", ENTITY, accountId, "account " + account.username(), changes.toString());
        }
        accounts.flush();
        return previous.map(UserAccount::getId);
    }

    /** Sets a new password chosen by the administrator (ending the account's sessions); to be changed at sign-in. */
    @Allowed.Admins
    public void resetPassword(Long id, String newPassword) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        policy.check(newPassword, account.username(),
                newPassword != null && encoder.matches(newPassword, account.passwordHash()));
        account.setPasswordForUser(encoder.encode(newPassword));
        endSessions(account);
        audit.record("RESET_PASSWORD", ENTITY, id, "account " + account.username(), null);
    }

    @Allowed.SignedIn
    public void changeOwnPassword(String oldPassword, String newPassword) {
        UserAccount account = own();
        if (oldPassword == null || !encoder.matches(oldPassword, account.passwordHash())) {
            throw new BusinessException("account.error.wrong-password");
        }
        policy.check(newPassword, account.username(),
                newPassword != null && encoder.matches(newPassword, account.passwordHash()));
        account.setOwnPassword(encoder.encode(newPassword));
        endSessions(account);
        audit.record("CHANGE_PASSWORD", ENTITY, account.getId(), "account " + account.username(), null);
        currentUser.replace(new XuefaUser(account));
    }

    /** The fewest characters a new password may have (for the forms' hints). */
    @Allowed.SignedIn
    public int minPasswordLength() {
        return policy.minLength();
    }

    /** A rough strength estimate of a candidate for the signed-in user's new password, with hints. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public PasswordStrength estimateOwnPassword(String candidate) {
        return policy.estimate(candidate, currentUser.require().getUsername());
    }

    /**
     * Whether the signed-in user must change their password before going on (false when nobody is signed in).
     * Asks the database only while the session's principal still says so, and then refreshes the principal.
     */
    @Allowed.Anyone
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        XuefaUser user = currentUser.get().orElse(null);
        if (user == null || !user.mustChangePassword()) {
            return false;
        }
        UserAccount account = accounts.findByUsername(user.getUsername()).orElse(null);
        if (account == null || !account.mustChangePassword()) {
            if (account != null) {
                currentUser.replace(new XuefaUser(account));
            }
            return false;
        }
        return true;
    }

    @Allowed.SignedIn
    public void setOwnLocale(Locale locale) {
        own().setLocale(locale.toLanguageTag());
    }

    /** The signed-in user's mail address for notices, if SMTP is configured; empty to remove it. */
    @Allowed.SignedIn
    public void setOwnEmail(String email) {
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessException("profile.error.email");
        }
        own().setEmail(email);
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public String ownEmail() {
        return own().email();
    }

    /** Which account, if any, is linked to these officials, for people screens. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public Optional<AccountSummary> forOfficial(Long officialId) {
        return accounts.findByOfficialId(officialId).map(UserAccount::toSummary);
    }

    /** The officials linked to enabled accounts that hold the role (in any unit), e.g. to invite by role. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public Set<Long> officialsWithRole(Role role) {
        return Set.copyOf(accounts.officialsWithRole(role));
    }

    /** Every session of the account signed in before now ends at its next request (see {@code SessionStamps}). */
    private void endSessions(UserAccount account) {
        account.bumpSecurityStamp();
        stamps.changed(account.getId());
    }

    private UserAccount own() {
        return accounts.findByUsername(currentUser.require().getUsername())
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private UserAccount load(Long id, long version) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        account.checkVersion(version);
        return account;
    }

    private AccountSummary flush(UserAccount account) {
        accounts.saveAndFlush(account);
        return account.toSummary();
    }

    private static String describe(Set<RoleGrant> grants) {
        return grants.stream().map(RoleGrant::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
