package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.function.IntUnaryOperator;

/**
 * What every open-addressing table of the backend shares (as fastutil's {@code HashCommon}): bit
 * mixing, the home slot, slot arithmetic, backward-shift deletion, sizing at a load factor, growth,
 * the cache-friendly order of a large rehash, and the byte sizes of the {@code footprintBytes()}
 * estimates.
 *
 * <p>The tables ({@link NodeIndex}'s ID table, {@link AttributeSets}' dedup index, {@link
 * AttrColumn}'s sparse values, {@link AttrPool}, {@link AttrShapes}) are {@code int[]} arrays where
 * 0 marks an empty slot, probed linearly: an entry sits at its home slot or after it, with no empty
 * slot between (cyclically). One convention for the home slot: {@link #home}, the high bits of a
 * well mixed hash scaled to the capacity, so that a capacity need not be a power of two.
 *
 * <p>Sizes come from {@link ObjectSizes}, which reads the running JVM's object layout.
 */
final class TableMath {
    private TableMath() {}

    /** The longest array the backend allocates (some JVMs reserve a few header words). */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * Below this many entries a table fits in cache and is refilled in any order; from it on, see
     * {@link #byHomeRegion}.
     */
    static final int SORTED_REHASH_MIN = 1 << 14;

    /** Table slots per region of {@link #byHomeRegion}: 2 KB of an int table, a few cache lines. */
    static final int REHASH_REGION_SLOTS = 512;

    /** Moves a table entry, and whatever is kept beside it, from one slot to another. */
    @FunctionalInterface
    interface SlotMove {
        void move(int from, int to);
    }

    // ---- mixing and the home slot ----

    /** Scrambles all 64 bits of {@code z} (the MurmurHash3 64-bit finalizer). */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Scrambles all 32 bits of {@code h} (the MurmurHash3 32-bit finalizer). */
    static int mix32(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /**
     * The home slot of a (well mixed) hash in a table of {@code capacity} slots: the high bits of
     * the hash scaled to the capacity by one multiplication, so capacities need not be powers of
     * two and tables can grow by less than a factor of two. Monotone in the unsigned hash, which
     * {@link #byHomeRegion} relies on.
     */
    static int home(int hash, int capacity) {
        return (int) (((hash & 0xFFFFFFFFL) * capacity) >>> 32);
    }

    // ---- slot arithmetic ----

    /** The slot probed after {@code slot}: the next one, cyclically. */
    static int next(int slot, int capacity) {
        return slot + 1 == capacity ? 0 : slot + 1;
    }

    /** How many probes forward {@code to} lies from {@code from}, cyclically: 0 to capacity - 1. */
    static int distance(int from, int to, int capacity) {
        return Math.floorMod(to - from, capacity);
    }

    /**
     * Empties slot {@code hole} of a linear-probing table (0 marks an empty slot) and moves later
     * entries of its cluster back, so that every probe chain stays unbroken without tombstones. An
     * entry may move into the hole unless its home lies cyclically in (hole, its slot].
     *
     * @param homeOf the home slot of the entry at a given slot
     * @param move moves an entry; it must copy {@code table[from]} to {@code table[to]}
     */
    static void deleteAt(int[] table, int hole, IntUnaryOperator homeOf, SlotMove move) {
        int cap = table.length;
        int j = hole;
        while (true) {
            j = next(j, cap);
            if (table[j] == 0) {
                break;
            }
            if (distance(homeOf.applyAsInt(j), j, cap) >= distance(hole, j, cap)) {
                move.move(j, hole);
                hole = j;
            }
        }
        table[hole] = 0;
    }

    // ---- sizing and growth ----

    /**
     * Whether {@code entries} fill more than {@code loadPercent} percent of {@code capacity} slots:
     * ask with {@code entries + 1} before adding one.
     */
    static boolean overLoad(long entries, int capacity, int loadPercent) {
        return entries * 100 > (long) capacity * loadPercent;
    }

    /**
     * The fewest slots that hold {@code entries} at a load of at most {@code loadPercent} percent
     * (and keep one slot empty), at most {@link #MAX_ARRAY}.
     */
    static int capacityFor(long entries, int loadPercent) {
        return (int) Math.min(MAX_ARRAY, entries * 100 / loadPercent + 1);
    }

    /**
     * The next length of a growing table or array: a quarter more (plus 16, for tiny ones), so
     * appends are amortized O(1) and about a tenth of the array is idle on average (at most a
     * fifth); at most {@link #MAX_ARRAY}.
     */
    static int grow(int length) {
        return (int) Math.min(MAX_ARRAY, (long) length + (length >> 2) + 16);
    }

    /**
     * The next length of a table or array that must hold at least {@code needed} entries: {@link
     * #grow(int)}, or {@code needed} if that is more.
     *
     * @throws OutOfMemoryError if {@code needed} is beyond {@link #MAX_ARRAY}
     */
    static int grow(int current, int needed) {
        if (needed > MAX_ARRAY) {
            throw new OutOfMemoryError("storage cannot grow beyond " + MAX_ARRAY);
        }
        return Math.max(grow(current), needed);
    }

    // ---- the order of a large rehash ----

    /**
     * The first {@code n} of {@code pairs} ({@code (hash << 32) | value}) ordered by the region of
     * a table of {@code capacity} slots their home lies in ({@link #REHASH_REGION_SLOTS} slots a
     * region), in a new array; {@code pairs} is not changed. Why: refilling a table larger than the
     * caches in any other order writes a random slot per entry, a cache miss each; in this order
     * the table is written almost sequentially. The sort is one counting pass and one scatter,
     * linear in {@code n}.
     */
    static long[] byHomeRegion(long[] pairs, int n, int capacity) {
        int regions = Math.max(1, capacity / REHASH_REGION_SLOTS);
        int[] next = new int[regions + 1];
        for (int i = 0; i < n; i++) {
            next[home((int) (pairs[i] >>> 32), regions) + 1]++;
        }
        for (int r = 0; r < regions; r++) {
            next[r + 1] += next[r];
        }
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            long p = pairs[i];
            sorted[next[home((int) (p >>> 32), regions)]++] = p;
        }
        return sorted;
    }

    // ---- sizes, for footprintBytes(): the JVM's layout, from ObjectSizes ----

    /** Bytes of a reference on this JVM. */
    static final int REF = ObjectSizes.reference();

    static long arrayBytes(int length, int elementBytes) {
        return ObjectSizes.array(length, elementBytes);
    }

    static long bytes(int[] a) {
        return ObjectSizes.of(a);
    }

    static long bytes(long[] a) {
        return ObjectSizes.of(a);
    }

    static long bytes(byte[] a) {
        return ObjectSizes.of(a);
    }

    static long bytes(Object[] a) {
        return ObjectSizes.of(a);
    }

    /** An object with the given bytes of fields after its header. */
    static long object(int fieldBytes) {
        return ObjectSizes.object(fieldBytes);
    }

    /** A String and its backing array. */
    static long stringBytes(String s) {
        return ObjectSizes.string(s);
    }
}
