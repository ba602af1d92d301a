package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random operations against a plain model: element -> attribute map, checking after each step that
 * every element's set has the model's content, that equal contents share one id and different
 * contents do not, and (periodically) every internal invariant.
 */
class AttributeSetsRandomTest {

    private static final String[] KEYS = {
        "id", "name", "score", "active", "tags", "meta", "w", "x", "y", "z"
    };
    private static final String[] WORDS = {
        "a", "b", "active", "inactive", "", "ünïcødé", "long string value here"
    };

    private Random rnd;

    private Object randomValue() {
        return switch (rnd.nextInt(14)) {
            case 0 -> (long) rnd.nextInt(5);
            case 1 -> rnd.nextLong();
            case 2 -> rnd.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            case 3 -> (double) rnd.nextInt(4) / 2;
            case 4 -> rnd.nextDouble();
            case 5 -> {
                double[] special = {
                    Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0
                };
                yield special[rnd.nextInt(special.length)];
            }
            case 6 -> rnd.nextBoolean();
            case 7, 8 -> WORDS[rnd.nextInt(WORDS.length)];
            case 9 -> "s" + rnd.nextInt(1000);
            case 10 -> List.of((long) rnd.nextInt(3), WORDS[rnd.nextInt(3)]);
            case 11 ->
                    Map.of(
                            "k",
                            rnd.nextBoolean()
                                    ? List.of()
                                    : List.of(rnd.nextInt(2) == 0 ? 1L : 1.0));
            case 12 ->
                    Collections.unmodifiableList(
                            new ArrayList<>(List.of(rnd.nextInt(2) == 0, "x")));
            default -> (long) rnd.nextInt(1 << 20) - (1 << 19);
        };
    }

    private String randomKey() {
        int r = rnd.nextInt(40);
        return r == 0 ? "rare" + rnd.nextInt(50) : KEYS[r % KEYS.length];
    }

    private Map<String, Object> randomMap(int maxSize) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        int size = rnd.nextInt(maxSize + 1);
        for (int i = 0; i < size; i++) {
            m.put(randomKey(), randomValue());
        }
        return Collections.unmodifiableMap(m);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void randomOperationsMatchTheModel(long seed) {
        rnd = new Random(seed);
        AttributeSets sets = new AttributeSets();
        HashMap<Integer, Map<String, Object>> model = new HashMap<>();
        HashMap<Integer, Integer> setOf = new HashMap<>();
        List<Integer> elements = new ArrayList<>();
        int nextElement = 0;
        int steps = 6000;
        for (int step = 0; step < steps; step++) {
            int op = rnd.nextInt(10);
            if (elements.isEmpty() || op < 3) {
                Map<String, Object> m = randomMap(5);
                int element = nextElement++;
                setOf.put(element, sets.intern(m));
                model.put(element, new HashMap<>(m));
                elements.add(element);
            } else if (op == 3) {
                // a copy of an existing element: shares its set
                int source = elements.get(rnd.nextInt(elements.size()));
                int element = nextElement++;
                int set = setOf.get(source);
                sets.retain(set);
                setOf.put(element, set);
                model.put(element, new HashMap<>(model.get(source)));
                elements.add(element);
            } else if (op <= 6) {
                int element = elements.get(rnd.nextInt(elements.size()));
                Map<String, Object> changes = randomMap(3);
                int old = setOf.get(element);
                int now = sets.withAll(old, changes);
                sets.release(old);
                setOf.put(element, now);
                model.get(element).putAll(changes);
            } else if (op <= 8) {
                int element = elements.get(rnd.nextInt(elements.size()));
                Map<String, Object> content = model.get(element);
                String key =
                        !content.isEmpty() && rnd.nextBoolean()
                                ? new ArrayList<>(content.keySet()).get(rnd.nextInt(content.size()))
                                : randomKey();
                int old = setOf.get(element);
                int now = sets.without(old, key);
                if (!content.containsKey(key)) {
                    assertEquals(old, now, "without an absent key returns the set itself");
                }
                sets.release(old);
                setOf.put(element, now);
                content.remove(key);
            } else {
                int element = elements.remove(rnd.nextInt(elements.size()));
                sets.release(setOf.remove(element));
                model.remove(element);
            }
            if (step % 50 == 0 || step == steps - 1) {
                compare(sets, model, setOf);
            }
            if (step % 500 == 0) {
                AttributeSetsInvariants.check(sets);
            }
        }
        compare(sets, model, setOf);
        AttributeSetsInvariants.check(sets);
        for (int element : elements) {
            sets.release(setOf.get(element));
        }
        assertEquals(0, sets.liveSets());
        assertEquals(0, sets.pooledStrings());
        assertEquals(0, sets.pooledNestedValues());
        assertEquals(0, sets.columnCount());
        assertEquals(new AttributeSets().footprintBytes(), sets.footprintBytes());
        AttributeSetsInvariants.check(sets);
    }

    private static void compare(
            AttributeSets sets,
            Map<Integer, Map<String, Object>> model,
            Map<Integer, Integer> setOf) {
        HashMap<Map<String, Object>, Integer> idOfContent = new HashMap<>();
        HashMap<Integer, Integer> holders = new HashMap<>();
        for (Map.Entry<Integer, Map<String, Object>> e : model.entrySet()) {
            Map<String, Object> expected = e.getValue();
            int set = setOf.get(e.getKey());
            holders.merge(set, 1, Integer::sum);
            assertEquals(expected, sets.toMap(set), "element " + e.getKey());
            assertEquals(expected.size(), sets.size(set));
            for (Map.Entry<String, Object> kv : expected.entrySet()) {
                Object v = sets.value(set, kv.getKey());
                assertEquals(kv.getValue(), v);
                assertEquals(kv.getValue().getClass(), v.getClass());
            }
            assertEquals(null, sets.value(set, "never-used-key"));
            if (expected.isEmpty()) {
                assertEquals(AttributeSets.EMPTY, set);
            } else {
                assertNotEquals(AttributeSets.EMPTY, set);
            }
            Integer other = idOfContent.putIfAbsent(Map.copyOf(expected), set);
            if (other != null) {
                assertEquals(other.intValue(), set, "equal content, same id: " + expected);
            }
        }
        holders.remove(AttributeSets.EMPTY);
        assertEquals(
                holders.size(),
                idOfContent.size() - (idOfContent.containsKey(Map.of()) ? 1 : 0),
                "different content, different ids");
        assertEquals(holders.size(), sets.liveSets());
        holders.forEach(
                (set, count) ->
                        assertEquals(count.intValue(), sets.refCount(set), "references of " + set));
    }

    @Test
    void bulkChurnAtScale() {
        rnd = new Random(99);
        AttributeSets sets = new AttributeSets();
        int n = 20_000;
        int[] held = new int[n];
        Map<String, Object>[] content = newMaps(n);
        for (int i = 0; i < n; i++) {
            content[i] =
                    Map.of("n", (long) rnd.nextInt(n / 2), "c", WORDS[rnd.nextInt(WORDS.length)]);
            held[i] = sets.intern(content[i]);
        }
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < n; i++) {
                int r = rnd.nextInt(4);
                int old = held[i];
                Map<String, Object> changes =
                        r == 0
                                ? Map.of("d", rnd.nextDouble())
                                : r == 1
                                        ? Map.of("n", (long) rnd.nextInt(n))
                                        : Map.of("c", "s" + rnd.nextInt(50));
                held[i] = sets.withAll(old, changes);
                sets.release(old);
                HashMap<String, Object> m = new HashMap<>(content[i]);
                m.putAll(changes);
                content[i] = Map.copyOf(m);
            }
            AttributeSetsInvariants.check(sets);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(content[i], sets.toMap(held[i]));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object>[] newMaps(int n) {
        return new Map[n];
    }
}
