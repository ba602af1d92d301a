package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;

/**
 * A growable int array held in chunks of {@value #CHUNK} ints (4 KB), so that growing it never
 * copies what it holds and never leaves more than one chunk unused.
 *
 * <p>Why not one array grown by a quarter: such an array is up to a fifth idle just after it grows
 * (a graph of 200,000 edges held its two endpoint arrays at 243,244 ints: 1.7 bytes an edge of
 * slack, which put a simple edge at 16.2 bytes), every growth copies it whole, and past half a G1
 * region it is a humongous object, allocated in regions of its own. Chunks cost one more load per
 * read, from a table of chunk references small enough to stay in cache (a million ints take 977
 * chunks, a 4 KB table). Measured (the graph's memory profile, random edges between as many nodes):
 * a simple edge costs 15.4, 14.9, 14.7, 14.5 and 14.3 bytes at 10k, 50k, 100k, 200k and 1M edges,
 * against 15.7, 14.9, 16.6, 16.2 and 15.6 with arrays; 64 KB chunks left 17.3 bytes at 50k, where
 * the last chunk was mostly empty. Adding a million edges and successor queries were level with the
 * arrays, within this machine's noise.
 *
 * <p>Representation: {@code chunks[i >>> 10][i & 1023]}. Chunk 0 starts small and grows by copying,
 * like an ordinary array, until it is a whole chunk: a small graph keeps a small array. After that,
 * whole chunks are added, and the table of references doubles when full. Cost: 4 bytes an int, plus
 * the unused rest of the last chunk (under 4 KB), 16 bytes of header and 4 of table per chunk
 * (0.5%).
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
