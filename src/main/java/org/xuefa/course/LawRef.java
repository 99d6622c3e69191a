package org.xuefa.course;

/** The law and article a question tests. */
public record LawRef(String lawId, int article) {
}
