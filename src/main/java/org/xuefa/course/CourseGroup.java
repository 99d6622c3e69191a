package org.xuefa.course;

/**
 * Where a course sits in the catalogue ({@code group:} in course.yaml): general administrative law, the
 * Constitution, governance and discipline, or the laws of an enforcement field. Declared in catalogue order.
 */
public enum CourseGroup {
    CONSTITUTION, GENERAL_ADMIN_LAW, GOVERNANCE_DISCIPLINE, ENFORCEMENT_FIELD;

    public static CourseGroup parse(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase()) {
            case "general-admin-law" -> GENERAL_ADMIN_LAW;
            case "constitution" -> CONSTITUTION;
            case "governance-discipline" -> GOVERNANCE_DISCIPLINE;
            case "enforcement-field" -> ENFORCEMENT_FIELD;
            default -> null;
        };
    }

    /** The spelling used in course.yaml. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
