package org.xuefa.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/**
 * A node of the organisation tree. Its path ("/town/office/") is made of codes from the root, so a subtree is
 * one prefix and codes never change.
 */
@Entity
@Table(name = "org_unit")
class OrgUnit extends AbstractEntity {
    static final String CODE_PATTERN = "[A-Za-z0-9_-]{1,64}";

    private String code;
    private String name;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private Long parentId;
    private String path;
    private int sortOrder;

    protected OrgUnit() {
    }

    OrgUnit(String code, String name, String nameEn, UnitKind kind, OrgUnit parent, int sortOrder) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new BusinessException("unit.error.code-invalid", code);
        }
        this.code = code;
        this.parentId = parent == null ? null : parent.getId();
        this.path = (parent == null ? "/" : parent.path) + code + "/";
        rename(name, nameEn, kind, sortOrder);
    }

    void rename(String name, String nameEn, UnitKind kind, int sortOrder) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("unit.error.name-required");
        }
        this.name = name.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.kind = kind == null ? UnitKind.OTHER : kind;
        this.sortOrder = sortOrder;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String nameEn() {
        return nameEn;
    }

    UnitKind kind() {
        return kind;
    }

    Long parentId() {
        return parentId;
    }

    String path() {
        return path;
    }

    int sortOrder() {
        return sortOrder;
    }

    OrgUnitRecord toRecord() {
        return new OrgUnitRecord(getId(), code, name, nameEn, kind, parentId, path, sortOrder, getVersion());
    }
}
