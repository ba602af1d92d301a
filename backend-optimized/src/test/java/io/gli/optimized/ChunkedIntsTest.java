package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ChunkedInts}: an int array that grows in chunks, checked against a plain array. */
class ChunkedIntsTest {

    @Test
    void growingOneAtATimeKeepsEveryValueAcrossChunks() {
        ChunkedInts ints = new ChunkedInts(0);
        int n = 3 * ChunkedInts.CHUNK + 17;
        for (int i = 0; i < n; i++) {
            if (i == ints.capacity()) {
                ints.ensureCapacity(i + 1);
            }
            ints.set(i, i * 31 - 7);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i * 31 - 7, ints.get(i), "index " + i);
        }
    }

    @Test
    void aSmallArrayStaysSmallAndALargeOneWastesUnderAChunk() {
        ChunkedInts small = new ChunkedInts(0);
        small.ensureCapacity(10);
        assertTrue(small.footprintBytes() < 200, "ten ints: " + small.footprintBytes());

        for (int n : new int[] {ChunkedInts.CHUNK + 1, 200_000, 243_244, 1_000_000}) {
            ChunkedInts ints = new ChunkedInts(0);
            for (int i = 0; i < n; i += 1_000) {
                ints.ensureCapacity(i + 1);
            }
            ints.ensureCapacity(n);
            assertTrue(ints.capacity() >= n);
            long idle = ints.footprintBytes() - 4L * n;
            assertTrue(
                    idle < 4L * ChunkedInts.CHUNK + 64 + 20L * (n / ChunkedInts.CHUNK + 2),
                    n + " ints hold " + ints.footprintBytes() + " bytes");
        }
    }

    @Test
    void newRoomReadsZeroAndReadsBeyondItThrow() {
        ChunkedInts ints = new ChunkedInts(5);
        ints.ensureCapacity(2 * ChunkedInts.CHUNK);
        for (int i = 0; i < ints.capacity(); i += 997) {
            assertEquals(0, ints.get(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> ints.get(ints.capacity()));
    }

    @Test
    void randomSetsAndGrowthMatchAPlainArray() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            ChunkedInts ints = new ChunkedInts(random.nextInt(3) == 0 ? random.nextInt(40_000) : 0);
            int[] model = new int[0];
            for (int step = 0; step < 2_000; step++) {
                if (random.nextInt(10) == 0) {
                    int needed = model.length + random.nextInt(random.nextBoolean() ? 50 : 20_000);
                    ints.ensureCapacity(needed);
                    model = Arrays.copyOf(model, Math.max(model.length, needed));
                } else if (model.length > 0) {
                    int i = random.nextInt(model.length);
                    int value = random.nextInt();
                    ints.set(i, value);
                    model[i] = value;
                }
            }
            assertTrue(ints.capacity() >= model.length);
            for (int i = 0; i < model.length; i++) {
                assertEquals(model[i], ints.get(i), "index " + i);
            }
        }
    }
}
