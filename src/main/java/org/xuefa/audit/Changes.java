package org.xuefa.audit;

import java.util.Objects;
import java.util.StringJoiner;

/** Collects field changes as "field: old → new" for the audit log; unchanged fields are left out. */
public final class Changes {
    private final StringJoiner joiner = new StringJoiner("; ");
    private boolean any;

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            joiner.add(name + ": " + show(oldValue) + " → " + show(newValue));
            any = true;
        }
        return this;
    }

    public Changes set(String name, Object value) {
        return field(name, null, value);
    }

    public boolean isEmpty() {
        return !any;
    }

    private static String show(Object value) {
        return value == null ? "∅" : value.toString();
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
