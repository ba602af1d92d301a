package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;

/**
 * Lists of edge IDs, one per node and direction, all kept in one {@code int[]} so that a node's
 * list costs no object of its own.
 *
 * <p>Representation: a list is named by an int <em>head</em>. A head of 0 is the empty list; a
 * negative head {@code -1 - e} is the one-entry list {@code [e]}, stored in the head itself, which
 * is what most nodes of a sparse graph have; a positive head is the offset of a block in
 * {@code pool}: one header int (size in the low 26 bits, log2 of the capacity above) followed by
 * the entries. Capacities are powers of two from 2; a full block moves to one twice as large and
 * the old one goes on a free list of its size class for reuse. Entries keep insertion order
 * (removal shifts the rest left), so a list reads in the order its edges were added.
 *
 * <p>Cost: nothing beyond the head for a list of one; otherwise 4 bytes per entry, 4 of header,
 * and the unused part of the block (under half of it). Freed blocks are reused, and
 * {@link #compact} rebuilds the pool without gaps.
 *
 * <p>Not thread-safe; readers mutate nothing.
 */
final class AdjacencyPool {
    private static final int SIZE_BITS = 26;
    private static final int SIZE_MASK = (1 << SIZE_BITS) - 1;
    private static final int CLASSES = 32;

    private int[] pool;
    private int used = 1;
    /** Per size class (log2 of capacity), the offset of the first free block; 0 for none. */
    private final int[] free = new int[CLASSES];

    AdjacencyPool(int expectedEntries) {
        pool = new int[Math.max(64, expectedEntries / 2)];
    }

    /** Entries in the list at {@code head}. */
    int size(int head) {
        return head > 0 ? pool[head] & SIZE_MASK : head < 0 ? 1 : 0;
    }

    /** The i-th entry of the list at {@code head}. */
    int get(int head, int i) {
        return head < 0 ? -1 - head : pool[head + 1 + i];
    }

    /** Bytes of the pool: this object, its int array and its free lists. */
    long footprintBytes() {
        return ObjectSizes.instance(AdjacencyPool.class) + ObjectSizes.of(pool) + ObjectSizes.of(free);
    }

    private int capacityOf(int block) {
        return 1 << (pool[block] >>> SIZE_BITS);
    }

    /** Appends {@code entry} to the list at {@code head}; returns the list's new head. */
    int append(int head, int entry) {
        if (head == 0) {
            return -1 - entry;
        }
        if (head < 0) {
            int block = allocate(1);
            pool[block + 1] = -1 - head;
            pool[block + 2] = entry;
            pool[block] += 2;
            return block;
        }
        int size = pool[head] & SIZE_MASK;
        if (size == capacityOf(head)) {
            if (size == SIZE_MASK) {
                throw new IllegalStateException("a node has more than " + SIZE_MASK + " edges in one direction");
            }
            int bigger = allocate(sizeClassFor(size + 1));
            System.arraycopy(pool, head + 1, pool, bigger + 1, size);
            pool[bigger] += size;
            release(head);
            head = bigger;
        }
        pool[head + 1 + size] = entry;
        pool[head]++;
        return head;
    }

    /** Removes the first occurrence of {@code entry}; returns the list's new head. */
    int remove(int head, int entry) {
        if (head < 0) {
            return -1 - head == entry ? 0 : head;
        }
        int size = pool[head] & SIZE_MASK;
        int first = head + 1;
        for (int i = 0; i < size; i++) {
            if (pool[first + i] == entry) {
                System.arraycopy(pool, first + i + 1, pool, first + i, size - i - 1);
                pool[head]--;
                size--;
                break;
            }
        }
        if (size <= 1) {
            int inline = size == 1 ? -1 - pool[first] : 0;
            release(head);
            return inline;
        }
        return head;
    }

    /** Frees the whole list at {@code head}. */
    void clear(int head) {
        if (head > 0) {
            release(head);
        }
    }

    /** Rewrites every entry of the list at {@code head} through {@code mapping}; returns the new head. */
    int remap(int head, int[] mapping) {
        if (head < 0) {
            return -1 - mapping[-1 - head];
        }
        int size = size(head);
        for (int i = 0; i < size; i++) {
            pool[head + 1 + i] = mapping[pool[head + 1 + i]];
        }
        return head;
    }

    private static int sizeClassFor(int entries) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(entries - 1));
    }

    /** A block of capacity 2^sizeClass with size 0. */
    private int allocate(int sizeClass) {
        int capacity = 1 << sizeClass;
        int block = free[sizeClass];
        if (block != 0) {
            free[sizeClass] = pool[block + 1];
        } else {
            int needed = used + 1 + capacity;
            if (needed > pool.length) {
                long grown = Math.max(needed, pool.length + (long) (pool.length >> 2));
                if (grown > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("adjacency exceeds 2^31 entries");
                }
                pool = Arrays.copyOf(pool, (int) grown);
            }
            block = used;
            used = needed;
        }
        pool[block] = sizeClass << SIZE_BITS;
        return block;
    }

    private void release(int block) {
        int sizeClass = pool[block] >>> SIZE_BITS;
        pool[block] = sizeClass << SIZE_BITS;
        pool[block + 1] = free[sizeClass];
        free[sizeClass] = block;
    }

    /**
     * Copies every block list named in {@code heads} into a fresh pool sized to fit, rewriting the
     * heads in place, so that freed blocks and spare capacity are given back.
     */
    void compact(int[][] heads, int count) {
        long needed = 1;
        for (int[] column : heads) {
            for (int n = 0; n < count; n++) {
                if (column[n] > 0) {
                    needed += 1 + (1 << sizeClassFor(size(column[n])));
                }
            }
        }
        int[] old = pool;
        pool = new int[(int) Math.max(64, needed + needed / 8)];
        used = 1;
        Arrays.fill(free, 0);
        for (int[] column : heads) {
            for (int n = 0; n < count; n++) {
                int head = column[n];
                if (head <= 0) {
                    continue;
                }
                int size = old[head] & SIZE_MASK;
                int fresh = allocate(sizeClassFor(size));
                System.arraycopy(old, head + 1, pool, fresh + 1, size);
                pool[fresh] += size;
                column[n] = fresh;
            }
        }
    }

    /** Ints in the pool array: used plus spare. */
    long capacity() {
        return pool.length;
    }
}
