package io.gli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Normalization of attribute values, which every backend relies on. */
class AttributeValuesTest {
    private final AttributeValues values = new AttributeValues(true, "test");

    @Test
    void widensNumbers() {
        assertEquals(5L, values.normalize("k", 5));
        assertEquals(5L, values.normalize("k", (short) 5));
        assertEquals(5L, values.normalize("k", (byte) 5));
        assertEquals(1.5, values.normalize("k", 1.5f));
        assertEquals(List.of(1L, List.of(2L)), values.normalize("k", List.of(1, List.of(2))));
    }

    @Test
    @SuppressWarnings("unchecked") // to call add on the stored list, which must refuse it
    void copiesCollectionsDeeplyAndImmutably() {
        List<Object> inner = new ArrayList<>(List.of(1));
        List<Object> outer = new ArrayList<>(List.of(inner));
        Object stored = values.normalize("k", outer);
        inner.add(2);
        outer.add(3);
        assertEquals(List.of(List.of(1L)), stored);
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) stored).add(1));
    }

    @Test
    @SuppressWarnings("JavaUtilDate") // a Date is the value refused here
    void refusesWhatIsNotAValue() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> values.normalize("when", new java.util.Date()));
        assertTrue(
                e.getMessage().contains("\"when\"") && e.getMessage().contains("java.util.Date"),
                e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> values.normalize("k", List.of(1, 'c')));
        assertTrue(
                e.getMessage().contains("[1]") && e.getMessage().contains("java.lang.Character"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> values.normalize("k", null));
        assertThrows(IllegalArgumentException.class, () -> values.normalize("k", Map.of(1, "x")));
    }

    @Test
    void refusesCyclesAndExcessiveDepth() {
        List<Object> self = new ArrayList<>();
        self.add(self);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> values.normalize("loop", self));
        assertTrue(e.getMessage().contains("contains itself"), e.getMessage());

        Map<String, Object> map = new HashMap<>();
        map.put("me", map);
        assertThrows(IllegalArgumentException.class, () -> values.normalize("loop", map));

        Object deep = 1;
        for (int i = 0; i < Graph.MAX_NESTING; i++) {
            deep = List.of(deep);
        }
        assertEquals(Graph.MAX_NESTING, depth(values.normalize("deep", deep)));
        Object deeper = List.of(deep);
        e = assertThrows(IllegalArgumentException.class, () -> values.normalize("deep", deeper));
        assertTrue(e.getMessage().contains("deeper than " + Graph.MAX_NESTING), e.getMessage());
    }

    @Test
    void theSameListTwiceIsNotACycle() {
        List<Object> shared = List.of(1);
        assertEquals(
                List.of(List.of(1L), List.of(1L)), values.normalize("k", List.of(shared, shared)));
    }

    @Test
    void nestedValuesNeedTheCapability() {
        AttributeValues flat = new AttributeValues(false, "flat");
        UnsupportedOperationException e =
                assertThrows(
                        UnsupportedOperationException.class, () -> flat.normalize("k", List.of()));
        assertTrue(e.getMessage().contains("NESTED_VALUES"), e.getMessage());
        assertEquals("x", flat.normalize("k", "x"));
    }

    private static int depth(Object value) {
        return value instanceof List<?> list ? 1 + depth(list.get(0)) : 0;
    }
}
