package org.xuefa.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: the account, its linked official and its scoped grants. */
public final class XuefaUser implements UserDetails {
    private final Long accountId;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final boolean enabled;
    private final Long officialId;
    private final String locale;
    private final Set<RoleGrant> grants;
    private final boolean mustChangePassword;
    private final long securityStamp;

    XuefaUser(UserAccount a) {
        this(a.getId(), a.username(), a.passwordHash(), a.displayName(), a.enabled(), a.officialId(), a.locale(),
                a.grants(), a.mustChangePassword(), a.securityStamp());
    }

    /** For tests and system tasks that act as a user without a stored account. */
    public XuefaUser(Long accountId, String username, String passwordHash, String displayName, boolean enabled,
            Long officialId, String locale, Set<RoleGrant> grants) {
        this(accountId, username, passwordHash, displayName, enabled, officialId, locale, grants, false, 0);
    }

    private XuefaUser(Long accountId, String username, String passwordHash, String displayName, boolean enabled,
            Long officialId, String locale, Set<RoleGrant> grants, boolean mustChangePassword, long securityStamp) {
        this.mustChangePassword = mustChangePassword;
        this.securityStamp = securityStamp;
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = enabled;
        this.officialId = officialId;
        this.locale = locale;
        this.grants = Set.copyOf(grants);
    }

    public Long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Long officialId() {
        return officialId;
    }

    public String locale() {
        return locale;
    }

    /** The password was set by an administrator or generated: the user must choose their own before going on. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The account's security stamp when this principal was made (at sign-in); see {@code SessionStamps}. */
    long securityStamp() {
        return securityStamp;
    }

    public Set<RoleGrant> grants() {
        return grants;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(g -> g.role().authority()).distinct().map(SimpleGrantedAuthority::new)
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().sorted().toList();
    }
}
