package org.xuefa.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.xuefa.base.AbstractEntity;

/** A login. Passwords are stored only as bcrypt hashes. */
@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {
    private String username;
    private String passwordHash;
    private String displayName;
    private boolean enabled;
    private String locale;
    private String email;
    private Long officialId;
    private Instant createdAt;
    private boolean mustChangePassword;
    private long securityStamp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_grant", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RoleGrant> grants = new LinkedHashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    boolean enabled() {
        return enabled;
    }

    String email() {
        return email;
    }

    void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    String locale() {
        return locale;
    }

    Long officialId() {
        return officialId;
    }

    Set<RoleGrant> grants() {
        return Set.copyOf(grants);
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** Set by an administrator or generated: the user must choose their own at the next sign-in. */
    void setPasswordForUser(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    /** Chosen by the user. */
    void setOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    long securityStamp() {
        return securityStamp;
    }

    /** Ends every session signed in before (see {@code SessionStamps}). */
    void bumpSecurityStamp() {
        securityStamp++;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    void linkOfficial(Long officialId) {
        this.officialId = officialId;
    }

    void replaceGrants(Set<RoleGrant> newGrants) {
        grants.clear();
        grants.addAll(newGrants);
    }

    AccountSummary toSummary() {
        return new AccountSummary(getId(), username, displayName, enabled, officialId, locale, Set.copyOf(grants),
                createdAt, getVersion());
    }
}
