package io.gli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute columns of a bulk add ({@link Graph#addNodes(List, Map)}, {@link Graph#addEdges},
 * {@link BulkLoad}) in the form a store's bulk add takes: the keys, and per key an array of the
 * column's cells, normalized a column at a time. No map is made per row; the arrays are copies, so
 * the caller may reuse its lists once the call returns.
 */
final class AttributeColumns {
    /** No attributes at all. */
    static final AttributeColumns NONE = new AttributeColumns(new String[0], new Object[0][]);

    /** The attribute keys, one per column: non-empty and distinct. */
    final String[] keys;

    /** {@code values[k][i]}: row {@code i}'s value of {@code keys[k]}, or null for none. */
    final Object[][] values;

    private AttributeColumns(String[] keys, Object[][] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The columns, copied: every key must be a non-empty string and every column have {@code size}
     * entries. The cells are not checked yet: see {@link #normalize}.
     *
     * @throws IllegalArgumentException for a bad key or a column of another length
     */
    static AttributeColumns of(Map<String, ? extends List<?>> columns, int size) {
        Errors.requireNonNull(columns, "columns");
        if (columns.isEmpty()) {
            return NONE;
        }
        String[] keys = new String[columns.size()];
        Object[][] values = new Object[columns.size()][];
        int k = 0;
        for (Map.Entry<String, ? extends List<?>> column : columns.entrySet()) {
            Object key = column.getKey();
            if (!(key instanceof String name) || name.isEmpty()) {
                throw Errors.badKey(key);
            }
            List<?> cells =
                    Errors.requireNonNull(column.getValue(), "column " + Errors.quote(name));
            if (cells.size() != size) {
                throw Errors.columnLength("column " + Errors.quote(name), cells.size(), size);
            }
            keys[k] = name;
            values[k] = cells.toArray();
            k++;
        }
        return new AttributeColumns(keys, values);
    }

    /**
     * Normalizes the cells of the rows below {@code limit} in place, a column at a time, and
     * returns the first row whose value is not allowed (its exception in {@code cause[0]}), or
     * {@code limit} if there is none. Rows from the returned one on are left as they were.
     */
    int normalize(AttributeValues rules, int limit, RuntimeException[] cause) {
        for (int k = 0; k < keys.length; k++) {
            Object[] cells = values[k];
            String key = keys[k];
            for (int i = 0; i < limit; i++) {
                Object cell = cells[i];
                if (cell != null) {
                    try {
                        cells[i] = rules.normalize(key, cell);
                    } catch (RuntimeException e) {
                        // An earlier row's bad value in a later column still comes first.
                        cause[0] = e;
                        limit = i;
                    }
                }
            }
        }
        return limit;
    }

    /** Row {@code i} as a map, without the null cells (for the row-by-row merge path). */
    Map<String, Object> row(int i) {
        Map<String, Object> row = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            Object value = values[k][i];
            if (value != null) {
                row.put(keys[k], value);
            }
        }
        return row;
    }
}
