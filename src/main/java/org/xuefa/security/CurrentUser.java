package org.xuefa.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user and the org-unit scope of their grants. */
@Component
public class CurrentUser {

    public Optional<XuefaUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof XuefaUser u ? Optional.of(u) : Optional.empty();
    }

    public XuefaUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /**
     * Puts a fresh principal (after the account changed, e.g. its password) into the current security context, which
     * in a Vaadin request is the one kept in the HTTP session.
     */
    void replace(XuefaUser fresh) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof XuefaUser u && u.getUsername().equals(fresh.getUsername())) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        }
    }

    /** The scope granted by any of the given roles; ADMIN sees everywhere. */
    public Scope scopeFor(Role... roles) {
        return get().map(u -> scopeOf(u, roles)).orElse(Scope.nothing());
    }

    static Scope scopeOf(XuefaUser user, Role... roles) {
        if (user.has(Role.ADMIN)) {
            return Scope.everywhere();
        }
        Set<Role> wanted = Set.copyOf(Arrays.asList(roles));
        return Scope.of(user.grants().stream().filter(g -> wanted.contains(g.role())).map(RoleGrant::orgUnitId)
                .collect(Collectors.toSet()));
    }
}
