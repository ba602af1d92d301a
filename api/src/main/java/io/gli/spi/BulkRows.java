package io.gli.spi;

import java.util.AbstractList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the row-by-row defaults of {@link GraphStore}'s bulk adds need from the columns they are
 * given: one row as an attribute map, and the int-index form's endpoints as lists of IDs.
 */
final class BulkRows {
    private BulkRows() {}

    /** Row {@code i} of the columns as an immutable map, without the null entries. */
    static Map<String, Object> row(String[] keys, Object[][] columns, int i) {
        Map<String, Object> row = null;
        for (int k = 0; k < keys.length; k++) {
            Object value = columns[k][i];
            if (value != null) {
                if (row == null) {
                    row = new HashMap<>();
                }
                row.put(keys[k], value);
            }
        }
        return row == null ? Map.of() : Collections.unmodifiableMap(row);
    }

    /** {@code ids.get(indices[i])} for {@code i < count}, computed on access. */
    static List<String> indexed(List<String> ids, int[] indices, int count) {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return ids.get(indices[Objects.checkIndex(i, count)]);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
