package org.xuefa.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.xuefa.people.OfficialCategory;
import org.xuefa.security.Role;

/**
 * Who is invited to a session: a unit with its subtree, the holders of a role, a category of official (both
 * within the session's unit), or one named official.
 */
@Embeddable
public class Invitee {
    public enum Kind {
        UNIT, ROLE, CATEGORY, OFFICIAL
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "ref")
    private String ref;

    protected Invitee() {
    }

    public Invitee(Kind kind, String ref) {
        this.kind = Objects.requireNonNull(kind);
        this.ref = Objects.requireNonNull(ref);
    }

    public static Invitee unit(Long unitId) {
        return new Invitee(Kind.UNIT, String.valueOf(unitId));
    }

    public static Invitee official(Long officialId) {
        return new Invitee(Kind.OFFICIAL, String.valueOf(officialId));
    }

    public static Invitee role(Role role) {
        return new Invitee(Kind.ROLE, role.name());
    }

    public static Invitee category(OfficialCategory category) {
        return new Invitee(Kind.CATEGORY, category.name());
    }

    public Kind kind() {
        return kind;
    }

    public String ref() {
        return ref;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invitee i && i.kind == kind && Objects.equals(i.ref, ref);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, ref);
    }

    @Override
    public String toString() {
        return kind + ":" + ref;
    }
}
