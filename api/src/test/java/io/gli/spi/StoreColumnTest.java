package io.gli.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bulk methods of {@link StoreColumn}, as its defaults compute them (what a third-party column
 * gets) and as {@link ArrayColumn} overrides them, against a plain loop over the values.
 */
class StoreColumnTest {

    /** Forwards only the methods a column must write, so the interface's defaults run. */
    private record DefaultsOnly(StoreColumn column) implements StoreColumn {
        @Override
        public int size() {
            return column.size();
        }

        @Override
        public int kind(int i) {
            return column.kind(i);
        }

        @Override
        public long longAt(int i) {
            return column.longAt(i);
        }

        @Override
        public double doubleAt(int i) {
            return column.doubleAt(i);
        }

        @Override
        public boolean booleanAt(int i) {
            return column.booleanAt(i);
        }

        @Override
        public Object valueAt(int i) {
            return column.valueAt(i);
        }

        @Override
        public String id(int i) {
            return column.id(i);
        }

        @Override
        public String target(int i) {
            return column.target(i);
        }
    }

    private static Object[] values(Random random, int n, boolean doubles) {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(4);
            values[i] =
                    pick == 0
                            ? null
                            : doubles && pick == 1
                                    ? (Object) (random.nextDouble() * 100 - 80)
                                    : (Object)
                                            (random.nextInt(1000)
                                                    + 1L); // positive, so an absent 0 would show in
            // min
        }
        return values;
    }

    @Test
    void defaultsAndArraysAgreeWithAPlainLoop() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            boolean doubles = round % 2 == 1;
            Object[] values = values(random, random.nextInt(40), doubles);
            long sum = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            double dsum = 0;
            double dmin = Double.POSITIVE_INFINITY;
            double dmax = Double.NEGATIVE_INFINITY;
            int kinds = 0;
            for (Object v : values) {
                kinds |=
                        1
                                << (v == null
                                        ? StoreColumn.ABSENT
                                        : v instanceof Long
                                                ? StoreColumn.LONG
                                                : StoreColumn.DOUBLE);
                if (v != null) {
                    double d = ((Number) v).doubleValue();
                    dsum += d;
                    dmin = Math.min(dmin, d);
                    dmax = Math.max(dmax, d);
                    if (v instanceof Long l) {
                        sum += l;
                        min = Math.min(min, l);
                        max = Math.max(max, l);
                    }
                }
            }
            ArrayColumn array = ArrayColumn.of(values, null, null);
            for (StoreColumn column : List.of(array, new DefaultsOnly(array))) {
                String where = column.getClass().getSimpleName() + " round " + round;
                assertEquals(kinds, column.kinds(), where);
                assertEquals(dsum, column.sumDoubles(), where);
                assertEquals(dmin, column.extremeDouble(false), where);
                assertEquals(dmax, column.extremeDouble(true), where);
                if (!doubles) {
                    assertEquals(sum, column.sumLongs(), where);
                    assertEquals(min, column.extremeLong(false), where);
                    assertEquals(max, column.extremeLong(true), where);
                }
                for (int i = 0; i < values.length; i++) {
                    assertEquals(values[i], column.valueAt(i), where);
                }
            }
        }
    }

    @Test
    void otherKindsAreKeptAsTheyAre() {
        Object[] values = {true, "s", List.of(1L), Map.of("k", 2L), null};
        ArrayColumn column = ArrayColumn.of(values, List.of("a", "b", "c", "d", "e"), null);
        assertEquals(
                List.of(
                        StoreColumn.BOOLEAN,
                        StoreColumn.STRING,
                        StoreColumn.NESTED,
                        StoreColumn.NESTED,
                        StoreColumn.ABSENT),
                List.of(
                        column.kind(0),
                        column.kind(1),
                        column.kind(2),
                        column.kind(3),
                        column.kind(4)));
        assertEquals(true, column.booleanAt(0));
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], column.valueAt(i));
        }
        assertEquals("c", column.id(2));
        assertEquals(null, column.target(2));
    }
}
