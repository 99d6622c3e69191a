package org.xuefa.studyreport;

/** How the per-person report is ordered: flagged people first by default, or by one of its columns. */
public enum PersonOrder {
    FLAGGED_FIRST("flagged desc, name, staff_number, id"),
    NAME("name, staff_number, id"),
    UNIT("unit_name, name, id"),
    RATE_ASCENDING("case when invited - excused > 0 then (present + late) * 1.0 / (invited - excused) end"
            + " asc nulls last, name, id"),
    ABSENT_DESCENDING("absent desc, name, id"),
    RUN_DESCENDING("run desc, name, id");

    private final String sql;

    PersonOrder(String sql) {
        this.sql = sql;
    }

    /** The SQL order, over the columns of the people query (no user text ever reaches it). */
    String sql() {
        return sql;
    }
}
