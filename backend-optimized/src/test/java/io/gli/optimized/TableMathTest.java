package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TableMath}: slot arithmetic, sizing and the order of a large rehash. */
class TableMathTest {

    @Test
    void slotArithmeticWraps() {
        assertEquals(0, TableMath.next(9, 10));
        assertEquals(5, TableMath.next(4, 10));
        assertEquals(3, TableMath.distance(8, 1, 10));
        assertEquals(0, TableMath.distance(4, 4, 10));
        assertEquals(0, TableMath.home(0, 10));
        assertEquals(9, TableMath.home(-1, 10));
    }

    @Test
    void sizingKeepsTheLoad() {
        for (int percent : new int[] {50, 70, 75, 80}) {
            for (int n = 0; n < 1_000; n++) {
                int cap = TableMath.capacityFor(n, percent);
                assertFalse(TableMath.overLoad(n, cap, percent), n + " at " + percent);
                assertTrue(n < cap, "one slot stays empty");
            }
        }
        assertTrue(TableMath.overLoad(81, 100, 80));
        assertFalse(TableMath.overLoad(80, 100, 80));
        assertEquals(16, TableMath.grow(0));
        assertEquals(141, TableMath.grow(100));
        assertEquals(500, TableMath.grow(100, 500));
        assertEquals(TableMath.MAX_ARRAY, TableMath.grow(TableMath.MAX_ARRAY - 1));
        assertThrows(OutOfMemoryError.class, () -> TableMath.grow(10, Integer.MAX_VALUE));
    }

    @Test
    void deleteAtKeepsEveryChainUnbroken() {
        Random random = new Random(15);
        for (int round = 0; round < 200; round++) {
            int cap = 8 + random.nextInt(40);
            int[] table = new int[cap];
            int[] homes = new int[cap + 1]; // by value: values 1..n
            int n = random.nextInt(cap);
            for (int v = 1; v <= n; v++) {
                homes[v] = random.nextInt(cap);
                int i = homes[v];
                while (table[i] != 0) {
                    i = TableMath.next(i, cap);
                }
                table[i] = v;
            }
            int victim = 1 + random.nextInt(Math.max(1, n));
            for (int i = 0; i < cap && n > 0; i++) {
                if (table[i] == victim) {
                    TableMath.deleteAt(
                            table, i, j -> homes[table[j]], (from, to) -> table[to] = table[from]);
                    break;
                }
            }
            for (int v = 1; v <= n; v++) {
                int i = homes[v];
                while (table[i] != v && table[i] != 0) {
                    i = TableMath.next(i, cap);
                }
                assertEquals(v == victim ? 0 : v, table[i], "value " + v + " reachable");
            }
        }
    }

    @Test
    void byHomeRegionSortsByRegionAndKeepsEveryPair() {
        Random random = new Random(7);
        int capacity = 1 << 14;
        long[] pairs = new long[5_000];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = ((long) random.nextInt() << 32) | i;
        }
        long[] copy = pairs.clone();
        long[] sorted = TableMath.byHomeRegion(pairs, pairs.length, capacity);
        assertArrayEquals(copy, pairs, "the input is not changed");
        int regions = capacity / TableMath.REHASH_REGION_SLOTS;
        for (int i = 1; i < sorted.length; i++) {
            assertTrue(
                    TableMath.home((int) (sorted[i - 1] >>> 32), regions)
                            <= TableMath.home((int) (sorted[i] >>> 32), regions));
        }
        long[] a = sorted.clone();
        Arrays.sort(a);
        Arrays.sort(copy);
        assertArrayEquals(copy, a);
    }
}
