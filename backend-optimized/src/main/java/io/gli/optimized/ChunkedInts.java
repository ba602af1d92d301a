package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;

/**
 * A growable int array held in chunks of {@value #CHUNK} ints (64 KB), so that growing it never
 * copies what it holds and never leaves more than one chunk unused.
 *
 * <p>Why not one array grown by a quarter: such an array is up to a fifth idle just after it
 * grows (a graph of 200,000 edges held its two endpoint arrays at 243,244 ints, 1.9 bytes an edge
 * of slack), every growth copies it whole, and past 512 K ints it is a humongous object that G1
 * allocates in regions of its own. Chunks cost one more load per read, from a table of chunk
 * references small enough to stay in cache (a million ints take 62 chunks, a 264-byte table).
 *
 * <p>Representation: {@code chunks[i >>> 14][i & 16383]}. Chunk 0 starts small and grows by copying,
 * like an ordinary array, until it is a whole chunk: a small graph keeps a small array. After
 * that, whole chunks are added, and the table of references doubles when full. Cost: 4 bytes an
 * int, plus the unused rest of the last chunk (under 64 KB), 16 bytes of header per chunk and 4
 * bytes of table per chunk.
 *
 * <p>Not thread-safe. A reader that runs without the lock and overlaps a growth may read the old
 * table: it still holds every chunk it held, and an index beyond it throws, which an optimistic
 * read discards.
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
            int first = (int) Math.min(CHUNK, Math.max(needed, capacity + (capacity >> 1) + MIN_FIRST));
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

    /** Bytes held: the chunks and the table. */
    long footprintBytes() {
        long bytes = ObjectSizes.instance(ChunkedInts.class) + ObjectSizes.referenceArray(chunks.length);
        for (int[] chunk : chunks) {
            if (chunk != null) {
                bytes += ObjectSizes.of(chunk);
            }
        }
        return bytes;
    }
}
