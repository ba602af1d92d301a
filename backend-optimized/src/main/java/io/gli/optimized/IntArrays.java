package io.gli.optimized;

import java.util.Arrays;

/**
 * The two operations the store's per-element {@code int[]} arrays (list heads, attribute set IDs)
 * share: growth and renumbering by compaction. Stateless.
 */
final class IntArrays {
    private IntArrays() {}

    /**
     * The length an array of {@code length} grows to: by a quarter (amortized O(1), about a tenth
     * of an array idle on average), at least 16, at most the largest array a JVM allocates.
     */
    static int grow(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 8, length + (length >> 2) + 16L);
    }

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
