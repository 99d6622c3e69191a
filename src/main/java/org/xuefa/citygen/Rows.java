package org.xuefa.citygen;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one insert statement sent in JDBC batches of {@link #BATCH} (one statement, a fixed number of parameters,
 * whatever the size). Every column's SQL type is given, so nulls need no parameter metadata round trip.
 */
final class Rows {
    static final int BATCH = 1000;
    private final JdbcTemplate jdbc;
    private final String sql;
    private final int[] types;
    private final List<Object[]> batch = new ArrayList<>(BATCH);
    private long written;
    private Rows parent;

    Rows(JdbcTemplate jdbc, String sql, int... types) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.types = types;
    }

    /** Rows that must be written before these (their foreign keys point there): flushed first. */
    Rows after(Rows rows) {
        this.parent = rows;
        return this;
    }

    void add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values for " + types.length + " columns: " + sql);
        }
        batch.add(values);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (!batch.isEmpty()) {
            if (parent != null) {
                parent.flush();
            }
            jdbc.batchUpdate(sql, batch, types);
            written += batch.size();
            batch.clear();
        }
    }

    long written() {
        flush();
        return written;
    }
}
