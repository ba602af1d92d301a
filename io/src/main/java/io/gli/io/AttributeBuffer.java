package io.gli.io;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute values of a chunk of buffered rows, one column per key (no map per row): a key
 * first seen at row {@code r} gets a column whose rows before {@code r} are null ("no such
 * attribute"), which is what {@link io.gli.BulkLoad}'s columns mean. Cleared and reused from chunk
 * to chunk, so a read holds one chunk's values at a time.
 */
final class AttributeBuffer {
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private int rows;

    /** Starts the next row; values put until the next call belong to it. */
    void nextRow() {
        rows++;
    }

    /** Sets {@code key} of the current row (the last one started). */
    void put(String key, Object value) {
        columns.computeIfAbsent(key, k -> new Column()).set(rows - 1, value);
    }

    /** Whether the current row already has {@code key}. */
    boolean has(String key) {
        Column column = columns.get(key);
        return column != null && column.get(rows - 1) != null;
    }

    /** The number of attributes the current row has, for the per-element limit. */
    int currentRowSize() {
        int count = 0;
        for (Column column : columns.values()) {
            if (column.get(rows - 1) != null) {
                count++;
            }
        }
        return count;
    }

    int rows() {
        return rows;
    }

    /** The columns, each {@link #rows()} long, as {@link io.gli.BulkLoad} takes them. */
    Map<String, List<Object>> columns() {
        Map<String, List<Object>> view = new LinkedHashMap<>();
        for (Map.Entry<String, Column> entry : columns.entrySet()) {
            List<Object> values = entry.getValue().asList(rows);
            if (values != null) {
                view.put(entry.getKey(), values);
            }
        }
        return view;
    }

    /** Empties the buffer for the next chunk, keeping its arrays. */
    void clear() {
        for (Column column : columns.values()) {
            column.clear();
        }
        rows = 0;
    }

    /** One key's values by row; rows never set read as null. */
    private static final class Column {
        private Object[] values = new Object[16];
        private int filled; // rows up to here may be non-null

        void set(int row, Object value) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, Math.max(row + 1, values.length * 2));
            }
            values[row] = value;
            filled = Math.max(filled, row + 1);
        }

        Object get(int row) {
            return row < filled ? values[row] : null;
        }

        /** The first {@code rows} values, or null if none is set in this chunk. */
        List<Object> asList(int rows) {
            if (filled == 0) {
                return null;
            }
            if (values.length < rows) {
                values = Arrays.copyOf(values, rows);
            }
            return Arrays.asList(values).subList(0, rows);
        }

        void clear() {
            Arrays.fill(values, 0, filled, null);
            filled = 0;
        }
    }
}
