package org.xuefa.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;

/**
 * Accounts for officials in bulk (the roll-out): each gets a cadre account on its unit with a random one-time
 * password that must be replaced at the first sign-in, and loses it (disabled) when it leaves. HR may do this within
 * its scope, administrators anywhere. The one-time password is returned once and stored only as a hash.
 */
@Service
@Transactional
public class AccountIssuer {
    private static final String ENTITY = "account";
    // no 0/o, 1/l/i: read off a paper slip and typed by hand
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final OrgUnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;
    private final SessionStamps stamps;

    AccountIssuer(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
            OrgUnitDirectory units, AuditLog audit, Clock clock, SessionStamps stamps) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.stamps = stamps;
    }

    /** Who gets an account: the people module's official, its unit, staff number and name. */
    public record Holder(Long officialId, Long unitId, String staffNumber, String name) {
    }

    /**
     * A new account with its one-time password, for the slips (never stored in clear); or, with no password, the
     * account the official already had.
     */
    public record Issued(Long accountId, Long officialId, String username, String oneTimePassword) {
        public boolean isNew() {
            return oneTimePassword != null;
        }
    }

    /**
     * Creates the official's cadre account with a one-time password, named after the staff number; an official that
     * already has an account keeps it (returned without a password). Refused outside the caller's HR scope.
     */
    @Allowed.Hr
    public Issued issue(Holder holder) {
        requireScope(holder.unitId());
        UserAccount existing = accounts.findByOfficialId(holder.officialId()).orElse(null);
        if (existing != null) {
            return new Issued(existing.getId(), holder.officialId(), existing.username(), null);
        }
        String username = freeUsername(holder);
        String password = oneTimePassword(username);
        UserAccount account = new UserAccount(username, null, holder.name(), clock.instant());
        account.setPasswordForUser(encoder.encode(password));
        account.linkOfficial(holder.officialId());
        account.replaceGrants(Set.of(new RoleGrant(Role.CADRE, holder.unitId())));
        accounts.save(account);
        audit.record("CREATE", ENTITY, account.getId(), "account " + username, Changes.of()
                .set("displayName", holder.name()).set("official", holder.officialId())
                .set("grants", Role.CADRE + "@" + holder.unitId()).set("oneTimePassword", "issued").toString());
        return new Issued(account.getId(), holder.officialId(), username, password);
    }

    /** Disables the account of an official who left (and ends its sessions); false when it had none enabled. */
    @Allowed.Hr
    public boolean disableLeaver(Holder holder) {
        requireScope(holder.unitId());
        UserAccount account = accounts.findByOfficialId(holder.officialId()).filter(UserAccount::enabled)
                .orElse(null);
        if (account == null) {
            return false;
        }
        account.setEnabled(false);
        account.bumpSecurityStamp();
        stamps.changed(account.getId());
        audit.record("DISABLE", ENTITY, account.getId(), "account " + account.username(),
                Changes.of().field("enabled", true, false).set("reason", "official left").toString());
        return true;
    }

    /** A readable random password such as {@code k7mp-x3hw-9tqa}: 14 characters, about 70 bits. */
    String oneTimePassword(String username) {
        while (true) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    p.append('-');
                }
                p.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = p.toString();
            try {
                policy.check(candidate, username, false);
                return candidate;
            } catch (BusinessException rejected) {
                // vanishingly rare (a common word or the user name by chance): draw again
            }
        }
    }

    private String freeUsername(Holder holder) {
        String base = holder.staffNumber() == null ? ""
                : holder.staffNumber().trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 2 || base.length() > 56) {
            base = "u" + holder.officialId();
        }
        String name = base;
        for (int n = 2; accounts.existsByUsername(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private void requireScope(Long unitId) {
        if (!units.inScope(unitId, Role.HR)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your HR scope");
        }
    }
}
