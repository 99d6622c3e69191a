package org.xuefa.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.xuefa.security.Role;

/**
 * One rule of who an exam or a study session is for: a unit with its subtree, the holders of a role, a category
 * of official, or one named official. Roles and categories count only within the owner's unit subtree (the town's
 * leaders, not every town's); {@link Audiences} resolves the rules. Exactly one of the typed fields is set.
 */
@Embeddable
public class AudienceRule {
    public enum Kind {
        UNIT, ROLE, CATEGORY, OFFICIAL
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "official_id")
    private Long officialId;
    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private OfficialCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name")
    private Role role;

    protected AudienceRule() {
    }

    private AudienceRule(Kind kind, Long unitId, Long officialId, OfficialCategory category, Role role) {
        this.kind = kind;
        this.unitId = unitId;
        this.officialId = officialId;
        this.category = category;
        this.role = role;
    }

    public static AudienceRule unit(Long unitId) {
        return new AudienceRule(Kind.UNIT, Objects.requireNonNull(unitId), null, null, null);
    }

    public static AudienceRule official(Long officialId) {
        return new AudienceRule(Kind.OFFICIAL, null, Objects.requireNonNull(officialId), null, null);
    }

    public static AudienceRule category(OfficialCategory category) {
        return new AudienceRule(Kind.CATEGORY, null, null, Objects.requireNonNull(category), null);
    }

    public static AudienceRule role(Role role) {
        return new AudienceRule(Kind.ROLE, null, null, null, Objects.requireNonNull(role));
    }

    public Kind kind() {
        return kind;
    }

    /** The unit of a {@link Kind#UNIT} rule, else null. */
    public Long unitId() {
        return unitId;
    }

    /** The official of an {@link Kind#OFFICIAL} rule, else null. */
    public Long officialId() {
        return officialId;
    }

    /** The category of a {@link Kind#CATEGORY} rule, else null. */
    public OfficialCategory category() {
        return category;
    }

    /** The role of a {@link Kind#ROLE} rule, else null. */
    public Role role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudienceRule r && r.kind == kind && Objects.equals(r.unitId, unitId)
                && Objects.equals(r.officialId, officialId) && r.category == category && r.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, unitId, officialId, category, role);
    }

    @Override
    public String toString() {
        return kind + ":" + switch (kind) {
            case UNIT -> unitId;
            case OFFICIAL -> officialId;
            case CATEGORY -> category;
            case ROLE -> role;
        };
    }
}
