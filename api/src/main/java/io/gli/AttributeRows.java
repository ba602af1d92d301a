package io.gli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute columns of a bulk add ({@link Graph#addNodes(List, Map)}, {@link Graph#addEdges})
 * turned into one attribute map per row, as the single adds take them.
 */
final class AttributeRows {
    private AttributeRows() {}

    /**
     * One map per row, {@code size} of them, skipping null cells; checks that every key is a
     * non-empty string and every column has {@code size} entries.
     */
    static List<Map<String, Object>> of(Map<String, ? extends List<?>> columns, int size) {
        Errors.requireNonNull(columns, "columns");
        if (columns.isEmpty()) {
            return Collections.nCopies(
                    size, Map.of()); // a bulk add without attributes allocates no row maps
        }
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new HashMap<>());
        }
        for (Map.Entry<String, ? extends List<?>> column : columns.entrySet()) {
            Object key = column.getKey();
            if (!(key instanceof String k) || k.isEmpty()) {
                throw Errors.badKey(key);
            }
            List<?> cells = Errors.requireNonNull(column.getValue(), "column " + Errors.quote(k));
            if (cells.size() != size) {
                throw Errors.columnLength("column " + Errors.quote(k), cells.size(), size);
            }
            for (int i = 0; i < size; i++) {
                Object cell = cells.get(i);
                if (cell != null) {
                    rows.get(i).put(k, cell);
                }
            }
        }
        return rows;
    }
}
