package org.xuefa.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up and scheduled work as an administrator named "system", through the same secured services. */
public final class SystemTask {
    private SystemTask() {
    }

    public static <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        XuefaUser system = new XuefaUser(null, "system", "", "system", true, null, null,
                Set.of(new RoleGrant(Role.ADMIN, null)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs work as a signed-in cadre linked to the given official, e.g. to seed demo attempts. */
    public static <T> T runAsOfficial(Long officialId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        XuefaUser user = new XuefaUser(null, "official-" + officialId, "", "official", true, officialId, null,
                Set.of(new RoleGrant(Role.CADRE, 0L)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}
