package org.xuefa.security;

import java.time.Instant;
import java.util.Set;

/** An account as views see it: never the password hash. */
public record AccountSummary(Long id, String username, String displayName, boolean enabled, Long officialId,
        String locale, Set<RoleGrant> grants, Instant createdAt, long version) {
}
