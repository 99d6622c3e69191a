package org.xuefa.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** Authorised positions of one kind in a unit: how many are established, and what credential they require. */
@Entity
@Table(name = "post")
class Post extends AbstractEntity {
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private PostKind kind;
    private String title;
    private int establishment;
    private String requiredCredentialType;

    protected Post() {
    }

    Post(Long unitId, PostKind kind, String title, int establishment, String requiredCredentialType) {
        this.unitId = unitId;
        this.kind = kind;
        change(title, establishment, requiredCredentialType);
    }

    void change(String title, int establishment, String requiredCredentialType) {
        if (title == null || title.isBlank()) {
            throw new BusinessException("post.error.title-required");
        }
        if (establishment < 0 || establishment > 10_000) {
            throw new BusinessException("post.error.establishment-invalid");
        }
        this.title = title.trim();
        this.establishment = establishment;
        this.requiredCredentialType = requiredCredentialType == null || requiredCredentialType.isBlank() ? null
                : requiredCredentialType.trim();
    }

    Long unitId() {
        return unitId;
    }

    PostKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    int establishment() {
        return establishment;
    }

    String requiredCredentialType() {
        return requiredCredentialType;
    }
}
