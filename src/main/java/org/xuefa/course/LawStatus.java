package org.xuefa.course;

/** Whether a law's text is the one in force; amended and repealed texts flag what cites them. */
public enum LawStatus {
    IN_FORCE, AMENDED, REPEALED;

    public static LawStatus parse(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase()) {
            case "in_force", "in-force", "inforce" -> IN_FORCE;
            case "amended" -> AMENDED;
            case "repealed" -> REPEALED;
            default -> null;
        };
    }
}
