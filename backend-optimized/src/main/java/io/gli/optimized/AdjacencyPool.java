package io.gli.optimized;

import java.util.Arrays;

/**
 * Lists of edge IDs, one per node and direction, all kept in one {@code int[]} so that a node's
 * list costs no object of its own.
 *
 * <p>Representation: a list is a block {@code [size, capacity, entries...]} at some offset of
 * {@code pool}; offset 0 is never used, so a head of 0 means "empty list". Capacities are powers of
 * two from 2; a full block moves to one twice as large, and the old block goes on a free list of
 * its size class for reuse. Entries keep insertion order (removal shifts the rest left), so a list
 * reads in the order its edges were added.
 *
 * <p>Cost: 4 bytes per entry, plus 8 bytes of header per non-empty list, plus the unused part of
 * its block (under half of it) — freed blocks are reused, and {@link #compact} rebuilds the pool
 * without gaps.
 *
 * <p>Not thread-safe; readers mutate nothing.
 */
final class AdjacencyPool {
    private static final int HEADER = 2;
    private static final int SIZE_CLASSES = 32;

    private int[] pool;
    private int used = 1;
    /** Per size class (log2 of capacity), the offset of the first free block; 0 for none. */
    private final int[] free = new int[SIZE_CLASSES];

    AdjacencyPool(int expectedEntries) {
        pool = new int[Math.max(64, expectedEntries + expectedEntries / 2)];
    }

    /** Entries in the list at {@code head}. */
    int size(int head) {
        return head == 0 ? 0 : pool[head];
    }

    /** The i-th entry of the list at {@code head}. */
    int get(int head, int i) {
        return pool[head + HEADER + i];
    }

    /** The backing array, for tight read loops: entries of a list at {@code head} start at {@code head + 2}. */
    int[] array() {
        return pool;
    }

    static int firstEntry(int head) {
        return head + HEADER;
    }

    /** Appends {@code entry} to the list at {@code head}; returns the list's head, which may have moved. */
    int append(int head, int entry) {
        if (head == 0) {
            head = allocate(1);
        } else if (pool[head] == pool[head + 1]) {
            int bigger = allocate(pool[head + 1] * 2);
            System.arraycopy(pool, head + HEADER, pool, bigger + HEADER, pool[head]);
            pool[bigger] = pool[head];
            release(head);
            head = bigger;
        }
        pool[head + HEADER + pool[head]] = entry;
        pool[head]++;
        return head;
    }

    /** Removes the first occurrence of {@code entry}; returns the head, 0 if the list became empty. */
    int remove(int head, int entry) {
        int size = pool[head];
        int first = head + HEADER;
        for (int i = 0; i < size; i++) {
            if (pool[first + i] == entry) {
                System.arraycopy(pool, first + i + 1, pool, first + i, size - i - 1);
                pool[head] = size - 1;
                break;
            }
        }
        if (pool[head] == 0) {
            release(head);
            return 0;
        }
        return head;
    }

    /** Frees the whole list at {@code head}. */
    void clear(int head) {
        if (head != 0) {
            release(head);
        }
    }

    /** Rewrites every entry of the list at {@code head} through {@code mapping}. */
    void remap(int head, int[] mapping) {
        int size = size(head);
        for (int i = 0; i < size; i++) {
            pool[head + HEADER + i] = mapping[pool[head + HEADER + i]];
        }
    }

    private int allocate(int minimum) {
        int sizeClass = Math.max(1, 32 - Integer.numberOfLeadingZeros(minimum - 1));
        int capacity = 1 << sizeClass;
        int block = free[sizeClass];
        if (block != 0) {
            free[sizeClass] = pool[block + HEADER];
        } else {
            int needed = used + HEADER + capacity;
            if (needed > pool.length) {
                long grown = Math.max(needed, pool.length + (long) (pool.length >> 1));
                if (grown > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("adjacency exceeds 2^31 entries");
                }
                pool = Arrays.copyOf(pool, (int) grown);
            }
            block = used;
            used = needed;
        }
        pool[block] = 0;
        pool[block + 1] = capacity;
        return block;
    }

    private void release(int block) {
        int sizeClass = 31 - Integer.numberOfLeadingZeros(pool[block + 1]);
        pool[block] = 0;
        pool[block + HEADER] = free[sizeClass];
        free[sizeClass] = block;
    }

    /**
     * Copies every list named in {@code heads} (0 entries skipped) into a fresh pool sized to fit,
     * rewriting the heads in place, so that freed blocks and spare capacity are given back.
     */
    void compact(int[][] heads, int count) {
        long needed = 1;
        for (int[] column : heads) {
            for (int n = 0; n < count; n++) {
                int size = size(column[n]);
                if (size > 0) {
                    needed += HEADER + Integer.highestOneBit(Math.max(2, size) * 2 - 1);
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
                if (head == 0) {
                    continue;
                }
                int size = old[head];
                int fresh = allocate(size);
                System.arraycopy(old, head + HEADER, pool, fresh + HEADER, size);
                pool[fresh] = size;
                column[n] = fresh;
            }
        }
    }

    /** Ints in the pool array: used plus spare. */
    long capacity() {
        return pool.length;
    }
}
