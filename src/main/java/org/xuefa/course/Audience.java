package org.xuefa.course;

/** Who a course is for: everyone, the leadership, or staff who enforce. */
public enum Audience {
    EVERYONE, LEADERSHIP, ENFORCEMENT;

    public static Audience parse(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase()) {
            case "everyone", "all" -> EVERYONE;
            case "leadership", "leaders" -> LEADERSHIP;
            case "enforcement" -> ENFORCEMENT;
            default -> null;
        };
    }
}
