package org.xuefa.course;

import java.util.List;

/**
 * Something wrong (ERROR) or worth knowing (WARNING) in the course files, with the file (relative to the courses
 * folder), line (0 when unknown) and a translation key with arguments.
 */
public record CourseProblem(String file, int line, Severity severity, String messageKey, List<Object> args) {

    public enum Severity {
        ERROR, WARNING
    }

    public CourseProblem {
        args = List.copyOf(args);
    }

    static CourseProblem error(String file, int line, String key, Object... args) {
        return new CourseProblem(file, line, Severity.ERROR, key, List.of(args));
    }

    static CourseProblem warning(String file, int line, String key, Object... args) {
        return new CourseProblem(file, line, Severity.WARNING, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:line: message", as validate-courses prints it. */
    public String format(String message) {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }
}
