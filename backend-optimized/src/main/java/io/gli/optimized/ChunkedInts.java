package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;

/**
 * A growable int array held in chunks of {@value #CHUNK} ints (4 KB), so that growing it never
 * copies what it holds, never leaves more than one chunk unused, and never allocates a G1 humongous
 * object for the data (one array past half a region would be one).
 *
 * <p>Representation: {@code chunks[i >>> 10][i & 1023]}. Chunk 0 starts small and grows by copying,
 * like an ordinary array, until it is a whole chunk: a small graph keeps a small array. After that,
 * whole chunks are added, and the table of references doubles when full. A read costs one load more
 * than an array's, from a table small enough to stay in cache (a million ints take 977 chunks, a 4
 * KB table).
 *
 * <p>Bytes: 4 an int, plus the unused rest of the last chunk (under 4 KB), 16 of header and 4 of
 * table per chunk (0.5%).
 *
 * <p>Not thread-safe. A reader that runs without the lock and overlaps a growth may read the old
 * table: it still holds every chunk it held, and an index beyond it throws, which an optimistic
 * read discards. {@link #renumber} swaps in new chunks and table under the write lock, with the
 * same effect on such a reader.
 */
final class ChunkedInts {
    static final int CHUNK_BITS = 10;
    static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    private static final int MIN_FIRST = 16;

    private int[][] chunks;

    /** Ints held; a long, as the last chunk of a 2^31-int array would overflow an int. */
    private long capacity;

    /** Room for at least {@code capacity} ints, all 0. */
    ChunkedInts(int capacity) {
        chunks = new int[1][];
        chunks[0] = new int[Math.min(CHUNK, Math.max(MIN_FIRST, capacity))];
        this.capacity = chunks[0].length;
        ensureCapacity(capacity);
    }

    int get(int i) {
        return chunks[i >>> CHUNK_BITS][i & MASK];
    }

    void set(int i, int value) {
        chunks[i >>> CHUNK_BITS][i & MASK] = value;
    }

    /** Ints that can be set without growing. */
    int capacity() {
        return (int) Math.min(Integer.MAX_VALUE, capacity);
    }

    /** Makes room for indices below {@code needed}; new ints are 0. */
    void ensureCapacity(int needed) {
        if (needed <= capacity) {
            return;
        }
        if (capacity < CHUNK) {
            int first =
                    (int) Math.min(CHUNK, Math.max(needed, capacity + (capacity >> 1) + MIN_FIRST));
            chunks[0] = Arrays.copyOf(chunks[0], first);
            capacity = first;
        }
        while (capacity < needed) {
            int slot = (int) (capacity >>> CHUNK_BITS);
            if (slot == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            chunks[slot] = new int[CHUNK];
            capacity += CHUNK;
        }
    }

    /**
     * Keeps {@code get(i)} at {@code mapping[i]} for every {@code i} below {@code count} that the
     * mapping keeps (maps to 0 or more), in fresh chunks with room for {@code capacity} ints; the
     * rest of the new array is 0. A compaction: the mapping must not send two ints to one index.
     */
    void renumber(int[] mapping, int count, int capacity) {
        ChunkedInts fresh = new ChunkedInts(capacity);
        for (int i = 0; i < count; i++) {
            int to = mapping[i];
            if (to >= 0) {
                fresh.set(to, get(i));
            }
        }
        chunks = fresh.chunks;
        this.capacity = fresh.capacity;
    }

    /** Bytes held: the chunks and the table. */
    long footprintBytes() {
        long bytes =
                ObjectSizes.instance(ChunkedInts.class) + ObjectSizes.referenceArray(chunks.length);
        for (int[] chunk : chunks) {
            if (chunk != null) {
                bytes += ObjectSizes.of(chunk);
            }
        }
        return bytes;
    }
}
