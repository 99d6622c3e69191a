package org.xuefa.course;

/** Orders of the completion report: completed, then started, then not started (default), or by a column. */
public enum CompletionOrder {
    STATUS("case when c.completed_at is not null then 0 when c.started_at is not null then 1 else 2 end,"
            + " u.name, o.name, o.id, c.course_id"),
    NAME("o.name, o.id, c.course_id"),
    UNIT("u.name, o.name, o.id, c.course_id"),
    STARTED("c.started_at desc nulls last, o.name, o.id, c.course_id"),
    COMPLETED("c.completed_at desc nulls last, o.name, o.id, c.course_id");

    private final String sql;

    CompletionOrder(String sql) {
        this.sql = sql;
    }

    /** SQL over the report's aliases (o, u, c); no user text reaches it. */
    String sql() {
        return sql;
    }
}
