package org.xuefa.security;

/** What a user may do. Every grant but ADMIN is scoped to an org unit and its subtree. */
public enum Role {
    CADRE, ORGANIZER, HR, LEADER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isScoped() {
        return this != ADMIN;
    }
}
