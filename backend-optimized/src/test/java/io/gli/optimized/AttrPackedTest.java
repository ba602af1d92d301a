package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AttrPackedTest {

    @Test
    void allEqualValuesTakeNoBits() {
        AttrPacked p = new AttrPacked(100);
        for (int i = 0; i < 100; i++) {
            p.set(i, 42);
        }
        assertEquals(0, p.bits());
        assertEquals(42, p.get(57));
    }

    @Test
    void widthFollowsTheRangeNotTheMagnitude() {
        AttrPacked years = new AttrPacked(10);
        for (int i = 0; i < 10; i++) {
            years.set(i, 2000 + i * 2);
        }
        assertEquals(8, years.bits());
        AttrPacked big = new AttrPacked(3);
        big.set(0, 1_000_000_000_000L);
        big.set(1, 1_000_000_000_001L);
        big.set(2, 1_000_000_000_003L);
        assertEquals(2, big.bits());
        assertEquals(1_000_000_000_003L, big.get(2));
        AttrPacked ids = new AttrPacked(50_001);
        for (int i = 1; i <= 50_000; i++) {
            ids.set(i, i);
        }
        assertEquals(16, ids.bits());
        for (int i = 1; i <= 50_000; i++) {
            assertEquals(i, ids.get(i));
        }
    }

    @Test
    void widensToSixtyFourBitsAndKeepsEveryValue() {
        AttrPacked p = new AttrPacked(6);
        p.set(0, 1);
        p.set(1, -1);
        p.set(2, Integer.MAX_VALUE + 1L);
        assertEquals(32, p.bits());
        p.set(3, Long.MIN_VALUE);
        p.set(4, Long.MAX_VALUE);
        p.set(5, 0);
        assertEquals(64, p.bits());
        long[] expected = {1, -1, Integer.MAX_VALUE + 1L, Long.MIN_VALUE, Long.MAX_VALUE, 0};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.get(i), "index " + i);
        }
    }

    @Test
    void windowsNearTheExtremesWork() {
        AttrPacked p = new AttrPacked(4);
        p.set(0, Long.MAX_VALUE);
        p.set(1, Long.MAX_VALUE - 3);
        p.set(2, Long.MAX_VALUE - 1);
        assertEquals(2, p.bits());
        p.set(3, Long.MAX_VALUE - 200);
        assertEquals(8, p.bits());
        assertEquals(Long.MAX_VALUE, p.get(0));
        assertEquals(Long.MAX_VALUE - 3, p.get(1));
        assertEquals(Long.MAX_VALUE - 200, p.get(3));
        AttrPacked q = new AttrPacked(2);
        q.set(0, Long.MIN_VALUE);
        q.set(1, Long.MIN_VALUE + 5);
        assertEquals(Long.MIN_VALUE, q.get(0));
        assertEquals(Long.MIN_VALUE + 5, q.get(1));
    }

    @Test
    void growsAndRefusesOutOfRange() {
        AttrPacked p = new AttrPacked();
        assertThrows(IndexOutOfBoundsException.class, () -> p.set(0, 1));
        p.ensureCapacity(1);
        p.set(0, 7);
        p.ensureCapacity(1000);
        p.set(999, 9);
        assertEquals(7, p.get(0));
        assertEquals(9, p.get(999));
    }

    @Test
    void randomWritesMatchAPlainArray() {
        Random rnd = new Random(11);
        for (int round = 0; round < 20; round++) {
            int n = 1 + rnd.nextInt(300);
            AttrPacked p = new AttrPacked();
            long[] model = new long[n];
            boolean[] written = new boolean[n];
            p.ensureCapacity(n);
            int scale = rnd.nextInt(5);
            for (int op = 0; op < 2000; op++) {
                int i = rnd.nextInt(n);
                long v =
                        switch (scale) {
                            case 0 -> rnd.nextInt(3);
                            case 1 -> rnd.nextInt(1000) - 500L;
                            case 2 -> rnd.nextInt();
                            case 3 -> rnd.nextLong();
                            default ->
                                    op < 1000
                                            ? rnd.nextInt(16)
                                            : (rnd.nextBoolean()
                                                    ? Long.MIN_VALUE
                                                    : rnd.nextInt(100));
                        };
                p.set(i, v);
                model[i] = v;
                written[i] = true;
                if (op % 97 == 0) {
                    for (int k = 0; k < n; k++) {
                        if (written[k]) {
                            assertEquals(
                                    model[k],
                                    p.get(k),
                                    "round " + round + " op " + op + " index " + k);
                        }
                    }
                }
            }
        }
    }
}
