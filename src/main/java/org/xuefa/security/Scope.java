package org.xuefa.security;

import java.util.Set;

/**
 * Where a user may look for a given purpose: everywhere (ADMIN) or the subtrees rooted at some org units.
 * An empty, non-global scope sees nothing.
 */
public record Scope(boolean global, Set<Long> rootUnitIds) {
    public Scope {
        rootUnitIds = Set.copyOf(rootUnitIds);
    }

    public static Scope everywhere() {
        return new Scope(true, Set.of());
    }

    public static Scope nothing() {
        return new Scope(false, Set.of());
    }

    public static Scope of(Set<Long> roots) {
        return new Scope(false, roots);
    }

    public boolean isEmpty() {
        return !global && rootUnitIds.isEmpty();
    }
}
