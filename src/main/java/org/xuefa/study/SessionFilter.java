package org.xuefa.study;

/** Which sessions a list shows: any field null means "any". {@code year} is by the session's local date. */
public record SessionFilter(Long unitId, Integer year, SessionKind kind, SessionStatus status, String text) {
    public static SessionFilter all() {
        return new SessionFilter(null, null, null, null, null);
    }
}
