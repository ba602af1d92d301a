package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttrPoolTest {

    @Test
    void equalValuesShareOneIdAndOneInstance() {
        AttrPool pool = new AttrPool();
        String first = new String("active");
        int a = pool.intern(first);
        int b = pool.intern(new String("active"));
        assertEquals(a, b);
        assertSame(first, pool.get(a));
        assertEquals(2, pool.refCount(a));
        assertEquals(1, pool.size());
        assertEquals(a, pool.find("active"));
        assertEquals(-1, pool.find("inactive"));
    }

    @Test
    void releasedIdsAreReusedAndTheValueForgotten() {
        AttrPool pool = new AttrPool();
        int a = pool.intern("a");
        int b = pool.intern("b");
        assertTrue(pool.release(a));
        assertEquals(-1, pool.find("a"));
        assertEquals(1, pool.size());
        int c = pool.intern("c");
        assertEquals(a, c);
        assertEquals("b", pool.get(b));
        assertThrows(
                IllegalStateException.class,
                () -> {
                    pool.release(b);
                    pool.release(b);
                });
    }

    @Test
    void nestedValuesCompareByContent() {
        AttrPool pool = new AttrPool();
        int a = pool.intern(List.of(1L, 2.0, "x"));
        assertEquals(a, pool.find(List.of(1L, 2.0, "x")));
        assertEquals(-1, pool.find(List.of(1.0, 2.0, "x")));
        int m = pool.intern(Map.of("k", List.of(true)));
        assertTrue(m != a);
        assertEquals(m, pool.find(Map.of("k", List.of(true))));
    }

    @Test
    void footprintReturnsToItsStartWhenEmptied() {
        AttrPool pool = new AttrPool();
        long empty = pool.footprintBytes();
        int[] ids = new int[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = pool.intern("value-" + i);
        }
        assertTrue(pool.footprintBytes() > empty + 5000 * 40);
        for (int id : ids) {
            pool.release(id);
        }
        assertEquals(0, pool.size());
        assertEquals(empty, pool.footprintBytes());
    }

    @Test
    void randomOperationsMatchAMap() {
        Random rnd = new Random(5);
        AttrPool pool = new AttrPool();
        Map<String, Integer> refs = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int op = 0; op < 50_000; op++) {
            String v = "s" + rnd.nextInt(400);
            if (rnd.nextInt(3) > 0 || !refs.containsKey(v)) {
                int id = pool.intern(v);
                Integer known = ids.putIfAbsent(v, id);
                if (known != null) {
                    assertEquals(known.intValue(), id);
                }
                refs.merge(v, 1, Integer::sum);
            } else {
                int id = ids.get(v);
                boolean gone = pool.release(id);
                int left = refs.merge(v, -1, Integer::sum);
                assertEquals(left == 0, gone);
                if (left == 0) {
                    refs.remove(v);
                    ids.remove(v);
                }
            }
            if (op % 1000 == 0) {
                assertEquals(refs.size(), pool.size());
                for (Map.Entry<String, Integer> e : ids.entrySet()) {
                    assertEquals(e.getValue().intValue(), pool.find(e.getKey()));
                    assertEquals(e.getKey(), pool.get(e.getValue()));
                    assertEquals(refs.get(e.getKey()).intValue(), pool.refCount(e.getValue()));
                }
            }
        }
    }
}
