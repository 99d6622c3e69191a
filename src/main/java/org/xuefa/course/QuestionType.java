package org.xuefa.course;

/** single: one right option; multiple: two or more; truefalse: a statement that is right or wrong. */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE;

    public static QuestionType parse(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase()) {
            case "single" -> SINGLE;
            case "multiple" -> MULTIPLE;
            case "truefalse", "true_false", "tf" -> TRUEFALSE;
            default -> null;
        };
    }

    public String code() {
        return name().toLowerCase();
    }
}
