package io.gli.optimized;

import java.util.Arrays;

/**
 * What the store's per-element {@code int[]} arrays (list heads, attribute set IDs) share besides
 * their growth step ({@link TableMath#grow(int)}): renumbering by compaction and growing to a
 * capacity. Stateless.
 */
final class IntArrays {
    private IntArrays() {}

    /**
     * A fresh array of {@code capacity} holding {@code values[i]} at {@code mapping[i]} for every
     * {@code i} below {@code count} that the mapping keeps (maps to 0 or more); null for null.
     */
    static int[] renumbered(int[] values, int[] mapping, int count, int capacity) {
        if (values == null) {
            return null;
        }
        int[] fresh = new int[capacity];
        for (int i = 0; i < count; i++) {
            int to = mapping[i];
            if (to >= 0) {
                fresh[to] = values[i];
            }
        }
        return fresh;
    }

    /** {@code array} grown to {@code capacity} if shorter; null for null. */
    static int[] ensureLength(int[] array, int capacity) {
        return array == null || array.length >= capacity ? array : Arrays.copyOf(array, capacity);
    }
}
