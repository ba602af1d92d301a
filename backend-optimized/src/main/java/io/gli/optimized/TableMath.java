package io.gli.optimized;

import io.gli.spi.ObjectSizes;

/**
 * Hashing and sizing helpers shared by the backend's open-addressing tables: a 64-bit and a 32-bit
 * bit mixer, the slot a hash maps to in a table of any (not only power-of-two) capacity,
 * backward-shift deletion for linear probing, and the byte sizes used by the {@code
 * footprintBytes()} estimates.
 *
 * <p>Sizes come from {@link ObjectSizes}, which reads the running JVM's object layout.
 */
final class TableMath {
    private TableMath() {}

    /** Moves a table entry, and whatever is kept beside it, from one slot to another. */
    @FunctionalInterface
    interface SlotMove {
        void move(int from, int to);
    }

    /**
     * Empties slot {@code hole} of a linear-probing table (0 marks an empty slot) and moves later
     * entries of its cluster back, so that every probe chain stays unbroken without tombstones. An
     * entry may move into the hole unless its home lies cyclically in (hole, its slot].
     *
     * @param homeOf the home slot of the entry at a given slot
     * @param move moves an entry; it must copy {@code table[from]} to {@code table[to]}
     */
    static void deleteAt(
            int[] table, int hole, java.util.function.IntUnaryOperator homeOf, SlotMove move) {
        int cap = table.length;
        int j = hole;
        while (true) {
            if (++j == cap) {
                j = 0;
            }
            if (table[j] == 0) {
                break;
            }
            int home = homeOf.applyAsInt(j);
            if (Math.floorMod(j - home, cap) >= Math.floorMod(j - hole, cap)) {
                move.move(j, hole);
                hole = j;
            }
        }
        table[hole] = 0;
    }

    /** Bytes of a reference on this JVM. */
    static final int REF = ObjectSizes.reference();

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
     * two and tables can grow by less than a factor of two.
     */
    static int home(int hash, int capacity) {
        return (int) (((hash & 0xFFFFFFFFL) * capacity) >>> 32);
    }

    /** The next capacity of a table or array that must hold at least {@code needed} entries. */
    static int grow(int current, int needed) {
        long next =
                (long) current + (current >> 2) + 16; // x1.25: at most ~20% unused, ~11% on average
        next = Math.max(next, needed);
        if (next > Integer.MAX_VALUE - 16) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError(
                        "attribute storage cannot grow beyond " + (Integer.MAX_VALUE - 16));
            }
            next = Integer.MAX_VALUE - 16;
        }
        return (int) next;
    }

    // Sizes, for footprintBytes(): the JVM's layout, from ObjectSizes.

    static long arrayBytes(int length, int elementBytes) {
        return ObjectSizes.array(length, elementBytes);
    }

    static long bytes(int[] a) {
        return ObjectSizes.of(a);
    }

    static long bytes(long[] a) {
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
