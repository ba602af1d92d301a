package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The numbered family of node IDs, found by number instead of by hash. Many graphs name their nodes
 * with a prefix and a counter ({@code node_123456}, {@code user_42}, or plain numbers): the first
 * ID of that form (an ASCII prefix, then 1 to 9 digits without a leading zero) fixes the family's
 * prefix, and every ID of the family is then found through one {@code int[]} indexed by its number:
 * no hash, no probe and no byte comparison, since the number and prefix are the ID. Adding IDs in
 * counter order writes that array in order, where a hash table is written at a random slot per ID,
 * a cache miss each.
 *
 * <p>Representation: {@code byte[] prefix} (the prefix's ASCII bytes, never ending with a digit;
 * null until the family is adopted, never changed after) and {@code int[] numbered}, where {@code
 * numbered[k]} is {@code index + 1} of the live ID {@code prefix + k}, or 0. The array grows only
 * while it would hold at most twice as many numbers as the family has live IDs, plus {@value
 * #NUMBERED_SLACK}; a number beyond that goes to the hash table, and a count of such IDs ({@link
 * #familyInTable}) tells lookups whether a number missing from the array must still be looked for
 * there. So the array costs 4 to 8 bytes a numbered ID (at most about 8 however sparse the
 * numbers), against the table's 5 to 10. Only one family is numbered (the first seen).
 *
 * <p>Contract: {@link #numberOf} parses an ID of the family (-1 for any other); {@link #indexOf},
 * {@link #put} and {@link #clear} read and write the array; {@link #renumber} rebuilds it after a
 * compaction. Not thread-safe; readers only read.
 */
final class NumberedIds {
    /**
     * Beyond this many more numbers than twice the family's live IDs, a number goes to the table.
     */
    private static final int NUMBERED_SLACK = 1024;

    private static final int[] NO_INTS = new int[0];

    /** The family's prefix, as ASCII bytes; null until the first ID of numbered form. */
    private byte[] prefix;

    /** {@code numbered[k]} is {@code index + 1} of the live ID {@code prefix + k}, or 0. */
    private int[] numbered = NO_INTS;

    /** Live IDs held by {@link #numbered}. */
    private int live;

    /**
     * Live IDs of the family's form that the table holds (their number was too large when they were
     * added): while there are none, a family ID missing from {@link #numbered} is absent.
     */
    private int familyInTable;

    /** Whether a family has been adopted. */
    boolean hasFamily() {
        return prefix != null;
    }

    /** Live IDs found by number. */
    int live() {
        return live;
    }

    /** Live IDs of the family that the hash table holds. */
    int familyInTable() {
        return familyInTable;
    }

    /** Counts a family ID added to ({@code +1}) or removed from ({@code -1}) the hash table. */
    void countInTable(int delta) {
        familyInTable += delta;
    }

    /** Bytes of this object, the array and the prefix. */
    long bytes() {
        return ObjectSizes.instance(NumberedIds.class)
                + ObjectSizes.of(numbered)
                + (prefix == null ? 0 : ObjectSizes.of(prefix));
    }

    // ---- parsing ----

    /**
     * The number of {@code id} in the family, adopting the family from it if there is none yet; or
     * -1.
     */
    int numberFor(String id) {
        if (prefix == null && !adoptFamily(id)) {
            return -1;
        }
        return numberOf(id);
    }

    /**
     * Makes the family of {@code id} the numbered one if the ID is of numbered form: an ASCII
     * prefix and 1 to 9 trailing digits without a leading zero.
     */
    private boolean adoptFamily(String id) {
        int n = id.length();
        int start = n;
        while (start > 0
                && n - start <= 9
                && id.charAt(start - 1) >= '0'
                && id.charAt(start - 1) <= '9') {
            start--;
        }
        int digits = n - start;
        if (digits < 1 || digits > 9 || (digits > 1 && id.charAt(start) == '0')) {
            return false;
        }
        byte[] bytes = new byte[start];
        for (int i = 0; i < start; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            bytes[i] = (byte) c;
        }
        prefix = bytes;
        return true;
    }

    /**
     * The number of {@code id} if it is the family's prefix and a canonical number, or -1. There
     * must be a family.
     */
    int numberOf(String id) {
        byte[] pre = prefix;
        int p = pre.length;
        int n = id.length();
        int digits = n - p;
        if (digits < 1 || digits > 9) {
            return -1;
        }
        int k = id.charAt(p) - '0';
        if (k < 0 || k > 9 || (k == 0 && digits > 1)) {
            return -1;
        }
        for (int i = p + 1; i < n; i++) {
            int d = id.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            k = k * 10 + d;
        }
        for (int i = 0; i < p; i++) {
            if (id.charAt(i) != pre[i]) {
                return -1;
            }
        }
        return k;
    }

    /**
     * The number of the ID encoded ({@link IdCodec}) in {@code a[p, p + length)} if it is of the
     * family, or -1: for an ID of ASCII characters the bytes are those characters, and every byte
     * of a longer unit is 0x80 or above, so it never equals a prefix byte or a digit.
     */
    int numberIn(byte[] a, int p, int length) {
        byte[] pre = prefix;
        if (pre == null) {
            return -1;
        }
        int digits = length - pre.length;
        if (digits < 1 || digits > 9) {
            return -1;
        }
        for (int i = 0; i < pre.length; i++) {
            if (a[p + i] != pre[i]) {
                return -1;
            }
        }
        p += pre.length;
        int k = a[p] - '0';
        if (k < 0 || k > 9 || (k == 0 && digits > 1)) {
            return -1;
        }
        for (int i = 1; i < digits; i++) {
            int d = a[p + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            k = k * 10 + d;
        }
        return k;
    }

    // ---- the array ----

    /** The index of the live ID numbered {@code k}, or -1 if the array has none. */
    int indexOf(int k) {
        int[] byNumber = numbered;
        return (k < byNumber.length ? byNumber[k] : 0) - 1;
    }

    /** Whether the array holds {@code index} as number {@code k}. */
    boolean holds(int k, int index) {
        return k >= 0 && k < numbered.length && numbered[k] == index + 1;
    }

    /**
     * Whether number {@code k} has room in the array, widening it if {@code k} is not so large that
     * the array would hold more than twice as many numbers as the family has live IDs (plus {@link
     * #NUMBERED_SLACK}); if not, the ID goes to the table.
     */
    boolean makeRoom(int k) {
        if (k < numbered.length) {
            return true;
        }
        long limit = 2L * live + NUMBERED_SLACK;
        if (k >= limit) {
            return false;
        }
        long length = Math.min(limit, Math.max(k + 1L, TableMath.grow(numbered.length)));
        numbered = Arrays.copyOf(numbered, (int) length);
        return true;
    }

    /** Records {@code index} as number {@code k}, which {@link #makeRoom} made room for. */
    void put(int k, int index) {
        numbered[k] = index + 1;
        live++;
    }

    /** Forgets number {@code k}, which {@link #holds} a live index. */
    void clear(int k) {
        numbered[k] = 0;
        live--;
    }

    /**
     * Takes the room asked for before the first ID if that ID ({@code k}: its number, or -1) goes
     * by number; returns false if it does not, and the room is the table's.
     */
    boolean takeFirstReserve(int k, int reserve) {
        if (k >= 0 && k < (long) reserve + NUMBERED_SLACK) {
            numbered = new int[Math.max(k + 1, reserve)];
            return true;
        }
        return false;
    }

    /** Room for {@code additional} more numbers, while every ID so far has gone by number. */
    void reserve(int additional) {
        long numbers = Math.min(TableMath.MAX_ARRAY, (long) live + additional);
        if (numbers > numbered.length) {
            numbered = Arrays.copyOf(numbered, (int) numbers);
        }
    }

    /**
     * Rebuilds the array for {@code count} indices after a compaction, sized to the numbers it
     * holds (so a family that shrank gives its memory back): of the family's IDs, those numbered
     * below twice their count plus {@link #NUMBERED_SLACK} go by number, the others to the table.
     * Every index must be live.
     *
     * @param numberAt the number of the ID at an index, or -1 if it is not of the family
     */
    void renumber(int count, IntUnaryOperator numberAt) {
        numbered = NO_INTS;
        live = 0;
        familyInTable = 0;
        if (prefix == null) {
            return;
        }
        long family = 0;
        for (int index = 0; index < count; index++) {
            if (numberAt.applyAsInt(index) >= 0) {
                family++;
            }
        }
        long limit = 2 * family + NUMBERED_SLACK;
        int end = 0;
        for (int index = 0; index < count; index++) {
            int k = numberAt.applyAsInt(index);
            if (k >= 0 && k < limit) {
                end = Math.max(end, k + 1);
            }
        }
        numbered = end == 0 ? NO_INTS : new int[end];
        for (int index = 0; index < count; index++) {
            int k = numberAt.applyAsInt(index);
            if (k >= 0 && k < end) {
                numbered[k] = index + 1;
                live++;
            } else if (k >= 0) {
                familyInTable++;
            }
        }
    }
}
