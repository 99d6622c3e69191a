package org.xuefa.security;

/** Role names as constants for {@code @RolesAllowed} on views; services use the named sets of {@link org.xuefa.base.Allowed}. */
public final class Roles {
    public static final String CADRE = "CADRE";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String HR = "HR";
    public static final String LEADER = "LEADER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
