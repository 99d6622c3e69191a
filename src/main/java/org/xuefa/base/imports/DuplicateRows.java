package org.xuefa.base.imports;

import java.util.HashMap;
import java.util.Map;

/** Finds rows that repeat a key within a file (a staff number, a type and number), naming the first such row. */
public final class DuplicateRows<K> {
    private final Map<K, Integer> firstRows = new HashMap<>();

    /** Records the key at this row; returns the row where it first stood if it was seen before, else null. */
    public Integer firstRow(K key, int row) {
        return firstRows.putIfAbsent(key, row);
    }

    public boolean contains(K key) {
        return firstRows.containsKey(key);
    }

    /** The row where the key first stood, or null. */
    public Integer rowOf(K key) {
        return firstRows.get(key);
    }
}
