package org.xuefa.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The role sets that guard service methods, each named once: {@code @Allowed.Organizers} reads like the rule it
 * checks. They are meta-annotations of {@link PreAuthorize}; the scope (which units) is checked inside the
 * service. Administrators are in every set. Views declare the same sets with {@code @RolesAllowed} and
 * {@code security.Roles} in the same order.
 */
public final class Allowed {
    private Allowed() {
    }

    /** Anyone, signed in or not (public certificate checks, calendar feeds). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("permitAll()")
    public @interface Anyone {
    }

    /** Every signed-in user; what they see is their own or is scoped inside the method. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("isAuthenticated()")
    public @interface SignedIn {
    }

    /** Study organizers (学法管理员) and administrators. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public @interface Organizers {
    }

    /** HR (人事) and administrators. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('HR','ADMIN')")
    public @interface Hr {
    }

    /** HR, leaders and administrators: who reads people's credentials. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('HR','LEADER','ADMIN')")
    public @interface HrAndLeaders {
    }

    /** Everyone who oversees a unit: organizers, HR, leaders and administrators (reports, rosters). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('ORGANIZER','HR','LEADER','ADMIN')")
    public @interface Overseers {
    }

    /** Administrators only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admins {
    }
}
