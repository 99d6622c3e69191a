package org.xuefa.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Who must sit an exam: a unit (with its subtree), a category of official, or one named official. */
@Embeddable
public class AudienceRule {
    public enum Kind {
        UNIT, CATEGORY, OFFICIAL
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "ref")
    private String ref;

    protected AudienceRule() {
    }

    public AudienceRule(Kind kind, String ref) {
        this.kind = kind;
        this.ref = ref;
    }

    public static AudienceRule unit(Long unitId) {
        return new AudienceRule(Kind.UNIT, String.valueOf(unitId));
    }

    public Kind kind() {
        return kind;
    }

    public String ref() {
        return ref;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudienceRule r && r.kind == kind && Objects.equals(r.ref, ref);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, ref);
    }
}
