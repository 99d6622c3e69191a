package org.xuefa.people;

/** The kind of an authorised position; the staffing report groups by it. */
public enum PostKind {
    LEADERSHIP, GENERAL, ENFORCEMENT, TECHNICAL, SERVICE
}
