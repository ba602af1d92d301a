package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AttributeSetsTest {

    /** An immutable map as the API hands it over (insertion-ordered, unmodifiable). */
    static Map<String, Object> map(Object... kv) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    // ---- empty set

    @Test
    void emptyMapIsTheEmptySetAndIsNeverCounted() {
        AttributeSets sets = new AttributeSets();
        assertEquals(AttributeSets.EMPTY, sets.intern(Map.of()));
        assertEquals(0, sets.liveSets());
        assertEquals(Map.of(), sets.toMap(AttributeSets.EMPTY));
        assertEquals(0, sets.size(AttributeSets.EMPTY));
        assertNull(sets.value(AttributeSets.EMPTY, "x"));
        sets.retain(AttributeSets.EMPTY);
        sets.release(AttributeSets.EMPTY);
        sets.release(AttributeSets.EMPTY);
        assertEquals(0, sets.liveSets());
        assertEquals(AttributeSets.EMPTY, sets.without(AttributeSets.EMPTY, "x"));
        int a = sets.withAll(AttributeSets.EMPTY, map("x", 1L));
        assertEquals(map("x", 1L), sets.toMap(a));
        assertEquals(AttributeSets.EMPTY, sets.without(a, "x"));
        assertEquals(1, sets.refCount(a));
        AttributeSetsInvariants.check(sets);
    }

    // ---- content addressing

    @Test
    void setsCreatedWithoutALookupAreFoundOnceTheTableIsSearched() {
        // Sized so that the table never grows: the 20,000 new sets stay unindexed until the
        // first lookup, which indexes them in bulk (the region-sorted path, above 16K sets).
        AttributeSets sets = new AttributeSets(40_000);
        int[] ids = new int[20_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sets.intern(map("v", (long) i, "kind", "user"));
        }
        AttributeSetsInvariants.check(sets);
        sets.release(ids[7]); // an unindexed set freed: nothing to remove from the table
        assertEquals(
                ids[5], sets.intern(map("kind", "user", "v", 5L)), "an equal set must be found");
        assertEquals(2, sets.refCount(ids[5]));
        int again = sets.intern(map("v", 7L, "kind", "user"));
        assertEquals(map("v", 7L, "kind", "user"), sets.toMap(again));
        assertEquals(again, sets.intern(map("v", 7L, "kind", "user")));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void theTableGrowsOnlyWhenSetsAreLookedUp() {
        AttributeSets sets = new AttributeSets();
        int[] ids = new int[30_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] =
                    sets.intern(
                            map("v", (long) i)); // ascending: each certainly new, none looked up
        }
        AttributeSetsInvariants.check(sets);
        long unindexed = sets.footprintBytes();
        assertEquals(
                ids[29_999],
                sets.intern(map("v", 29_999L)),
                "the lookup must index every set first");
        long indexed = sets.footprintBytes();
        assertTrue(
                indexed >= unindexed + 30_000 * 4,
                unindexed + " -> " + indexed + " bytes: the table grew at the lookup");
        AttributeSetsInvariants.check(sets);
        for (int i = 0; i < ids.length; i += 3) {
            sets.release(ids[i]);
        }
        for (int i = 0; i < 10_000; i++) {
            sets.intern(map("w", (long) i)); // reuses freed ids: indexed at once
        }
        AttributeSetsInvariants.check(sets);
        assertEquals(2, sets.refCount(sets.intern(map("w", 77L))));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void setIdsBeyondTheLiveCountStillFitTheTable() {
        // Ten thousand sets made without a lookup, all but the last ten released: the first lookup
        // indexes ten sets whose ids go up to 10,000, so the table must be sized by the ids too.
        AttributeSets sets = new AttributeSets();
        int[] ids = new int[10_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sets.intern(map("v", (long) i));
        }
        for (int i = 0; i < ids.length - 10; i++) {
            sets.release(ids[i]);
        }
        for (int i = ids.length - 10; i < ids.length; i++) {
            assertEquals(ids[i], sets.intern(map("v", (long) i)));
        }
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void aValueBeyondTheColumnsRangeIsANewSetAndAValueWithinItIsLookedUp() {
        AttributeSets sets = new AttributeSets();
        int low = sets.intern(map("v", 10L));
        int high = sets.intern(map("v", 20L));
        assertEquals(low, sets.intern(map("v", 10L)));
        assertEquals(high, sets.intern(map("v", 20L)));
        int between = sets.intern(map("v", 15L));
        assertNotEquals(low, between);
        assertEquals(between, sets.intern(map("v", 15L)));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void aKeyDroppedAndAddedAgainIsReadThroughItsNewColumns() {
        AttributeSets sets = new AttributeSets();
        String key = "k";
        int keepAlive = sets.intern(map("other", 1L));
        int a = sets.intern(map(key, 1L));
        assertEquals(1L, sets.value(a, key)); // a reader's lookup of the key, by this very String
        assertEquals(1L, sets.longValue(a, key, -1));
        sets.release(a); // the key's last column goes, and the key with it
        int b = sets.intern(map(key, "two"));
        assertEquals("two", sets.value(b, key));
        assertEquals(-1L, sets.longValue(b, key, -1));
        AttributeSetsInvariants.check(sets);
        assertEquals(1, sets.refCount(keepAlive));
    }

    @Test
    void equalMapsGetTheSameIdDifferentMapsDifferentIds() {
        AttributeSets sets = new AttributeSets();
        int a = sets.intern(map("name", "ann", "age", 31L, "admin", true));
        int b = sets.intern(Map.of("admin", true, "age", 31L, "name", new String("ann")));
        assertEquals(a, b);
        assertEquals(2, sets.refCount(a));
        assertEquals(1, sets.liveSets());
        int c = sets.intern(map("name", "ann", "age", 32L, "admin", true));
        int d = sets.intern(map("name", "ann", "age", 31L));
        int e = sets.intern(map("name", "ann", "age", 31L, "admin", false));
        int f = sets.intern(map("nam", "ann", "age", 31L, "admin", true));
        List<Integer> ids = List.of(a, c, d, e, f);
        assertEquals(5, ids.stream().distinct().count(), ids.toString());
        assertEquals(5, sets.liveSets());
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void contentAddressingHoldsAcrossManySets() {
        AttributeSets sets = new AttributeSets();
        int[] ids = new int[3000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sets.intern(map("i", (long) (i % 1000), "s", "v" + (i % 7)));
        }
        // i and i+1000 ... have equal content iff (i % 1000, i % 7) agree
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j += 113) {
                boolean equal = i % 1000 == j % 1000 && i % 7 == j % 7;
                assertEquals(equal, ids[i] == ids[j], i + " vs " + j);
            }
        }
        AttributeSetsInvariants.check(sets);
    }

    // ---- copy-on-write

    @Test
    void withAllAndWithoutLeaveTheOriginalIntact() {
        AttributeSets sets = new AttributeSets();
        int a = sets.intern(map("x", 1L, "y", "s", "z", 2.5));
        sets.retain(a); // a second holder
        int b = sets.withAll(a, map("x", 2L, "w", List.of("new")));
        assertNotEquals(a, b);
        assertEquals(map("x", 1L, "y", "s", "z", 2.5), sets.toMap(a));
        assertEquals(map("x", 2L, "y", "s", "z", 2.5, "w", List.of("new")), sets.toMap(b));
        int c = sets.without(a, "y");
        assertEquals(map("x", 1L, "z", 2.5), sets.toMap(c));
        assertEquals(map("x", 1L, "y", "s", "z", 2.5), sets.toMap(a));
        assertEquals(2, sets.refCount(a));
        // the holders move one by one; a survives as long as one holds it
        sets.release(a);
        assertEquals(map("x", 1L, "y", "s", "z", 2.5), sets.toMap(a));
        assertEquals("s", sets.value(a, "y"));
        sets.release(a);
        assertEquals(2, sets.liveSets());
        assertEquals(map("x", 2L, "y", "s", "z", 2.5, "w", List.of("new")), sets.toMap(b));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void changingATypeOfAKeyReplacesItsValue() {
        AttributeSets sets = new AttributeSets();
        int a = sets.intern(map("v", 1L, "k", "keep"));
        int b = sets.withAll(a, map("v", "one"));
        assertEquals(map("v", "one", "k", "keep"), sets.toMap(b));
        assertEquals(2, sets.size(b));
        int c = sets.withAll(b, map("v", 1L));
        assertEquals(a, c);
        assertEquals(2, sets.refCount(a));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void resultsThatAlreadyExistAreShared() {
        AttributeSets sets = new AttributeSets();
        int a = sets.intern(map("x", 1L, "y", 2L));
        int b = sets.intern(map("x", 1L));
        assertEquals(b, sets.without(a, "y"));
        assertEquals(2, sets.refCount(b));
        assertEquals(a, sets.withAll(b, map("y", 2L)));
        assertEquals(2, sets.refCount(a));
        assertEquals(a, sets.withAll(a, map("x", 1L)));
        assertEquals(3, sets.refCount(a));
        assertEquals(a, sets.withAll(a, Map.of()));
        assertEquals(4, sets.refCount(a));
        assertEquals(a, sets.without(a, "absent"));
        assertEquals(a, sets.without(a, "x".substring(0, 0) + "nope"));
        assertEquals(6, sets.refCount(a));
        assertEquals(2, sets.liveSets());
        AttributeSetsInvariants.check(sets);
    }

    // ---- reference counts and reuse

    @Test
    void lastReleaseFreesTheSetAndItsIdIsReused() {
        AttributeSets sets = new AttributeSets();
        int a = sets.intern(map("x", 1L));
        int b = sets.intern(map("x", 2L));
        sets.retain(a);
        sets.release(a);
        assertEquals(2, sets.liveSets());
        sets.release(a);
        assertEquals(1, sets.liveSets());
        assertEquals(0, sets.refCount(a));
        assertThrows(IllegalStateException.class, () -> sets.release(a));
        assertThrows(IllegalStateException.class, () -> sets.retain(a));
        int c = sets.intern(map("y", "other"));
        assertEquals(a, c, "the freed id is taken first");
        assertEquals(map("y", "other"), sets.toMap(c));
        assertNull(sets.value(c, "x"));
        assertEquals(map("x", 2L), sets.toMap(b));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void churnDoesNotGrowTheStorage() {
        AttributeSets sets = new AttributeSets();
        int[] held = new int[1000];
        for (int i = 0; i < held.length; i++) {
            held[i] = sets.intern(map("n", (long) i, "s", "str" + i, "d", i * 0.5));
        }
        long before = sets.footprintBytes();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < held.length; i++) {
                int next =
                        sets.withAll(
                                held[i],
                                map(
                                        "n",
                                        (long) (i + round * 1000 + 1000),
                                        "s",
                                        "str" + (i + round)));
                sets.release(held[i]);
                held[i] = next;
            }
        }
        AttributeSetsInvariants.check(sets);
        assertEquals(1000, sets.liveSets());
        assertTrue(sets.footprintBytes() < before * 3 / 2, before + " -> " + sets.footprintBytes());
        for (int id : held) {
            sets.release(id);
        }
        assertEquals(0, sets.liveSets());
        assertEquals(0, sets.pooledStrings());
        assertEquals(0, sets.columnCount());
        assertEquals(
                new AttributeSets().footprintBytes(),
                sets.footprintBytes(),
                "all storage returned");
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void heavilySharedSetsCountBeyondAByte() {
        AttributeSets sets = new AttributeSets();
        Map<String, Object> m = map("type", "user", "status", "active", "level", 1L);
        int a = sets.intern(m);
        for (int i = 1; i < 100_000; i++) {
            assertEquals(a, sets.intern(m));
        }
        assertEquals(100_000, sets.refCount(a));
        assertEquals(1, sets.liveSets());
        for (int i = 1; i < 100_000; i++) {
            sets.release(a);
            if (i % 9_999 == 0 || i > 99_700) {
                assertEquals(100_000 - i, sets.refCount(a));
            }
        }
        assertEquals(m, sets.toMap(a));
        sets.release(a);
        assertEquals(0, sets.liveSets());
        AttributeSetsInvariants.check(sets);
    }

    // ---- type fidelity

    @Test
    void numbersKeepTheirTypeAndIdentityRules() {
        AttributeSets sets = new AttributeSets();
        int l = sets.intern(map("v", 1L));
        int d = sets.intern(map("v", 1.0));
        int s = sets.intern(map("v", "1"));
        int t = sets.intern(map("v", true));
        int li = sets.intern(map("v", List.of(1L)));
        int ld = sets.intern(map("v", List.of(1.0)));
        assertEquals(6, List.of(l, d, s, t, li, ld).stream().distinct().count());
        assertEquals(Long.class, sets.value(l, "v").getClass());
        assertEquals(Double.class, sets.value(d, "v").getClass());
        assertEquals(String.class, sets.value(s, "v").getClass());
        assertEquals(Boolean.class, sets.value(t, "v").getClass());
        assertEquals(List.of(1L), sets.value(li, "v"));
        assertEquals(Long.class, ((List<?>) sets.value(li, "v")).get(0).getClass());
        assertEquals(Double.class, ((List<?>) sets.value(ld, "v")).get(0).getClass());
        assertEquals(1L, sets.value(l, "v"));
        assertEquals(1.0, sets.value(d, "v"));
        assertEquals(map("v", 1L), sets.toMap(l));
        assertNotEquals(map("v", 1.0), sets.toMap(l));
        assertEquals(1, sets.size(l));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void specialDoublesFollowDoubleEquals() {
        AttributeSets sets = new AttributeSets();
        int nan = sets.intern(map("d", Double.NaN));
        assertEquals(
                nan,
                sets.intern(map("d", Double.longBitsToDouble(0x7ff8000000000123L))),
                "NaN equals NaN");
        int zero = sets.intern(map("d", 0.0));
        int negZero = sets.intern(map("d", -0.0));
        assertNotEquals(zero, negZero);
        int inf = sets.intern(map("d", Double.POSITIVE_INFINITY));
        int negInf = sets.intern(map("d", Double.NEGATIVE_INFINITY));
        int tiny = sets.intern(map("d", Double.MIN_VALUE));
        int huge = sets.intern(map("d", Double.MAX_VALUE));
        int tenth = sets.intern(map("d", 0.1));
        assertTrue(Double.isNaN((Double) sets.value(nan, "d")));
        assertEquals(Double.valueOf(-0.0), sets.value(negZero, "d"));
        assertEquals(Double.valueOf(0.0), sets.value(zero, "d"));
        assertEquals(Double.POSITIVE_INFINITY, sets.value(inf, "d"));
        assertEquals(Double.NEGATIVE_INFINITY, sets.value(negInf, "d"));
        assertEquals(Double.MIN_VALUE, sets.value(tiny, "d"));
        assertEquals(Double.MAX_VALUE, sets.value(huge, "d"));
        assertEquals(0.1, sets.value(tenth, "d"));
        assertEquals(map("d", -0.0), sets.toMap(negZero));
        assertEquals(map("d", Double.NaN), sets.toMap(nan));
        assertEquals(8, sets.liveSets(), "NaN, 0.0, -0.0, +inf, -inf, MIN_VALUE, MAX_VALUE, 0.1");
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void floatExactDoublesWidenWhenAnInexactOneArrives() {
        AttributeSets sets = new AttributeSets();
        List<Integer> ids = new ArrayList<>();
        double[] values = {1.0, 0.5, -2.25, 1e10, 3.0e38, Double.NaN, -0.0};
        for (double v : values) {
            ids.add(sets.intern(map("w", v)));
        }
        int inexact = sets.intern(map("w", Math.PI));
        for (int i = 0; i < values.length; i++) {
            assertEquals(
                    Double.valueOf(values[i]), sets.value(ids.get(i), "w"), "value " + values[i]);
        }
        assertEquals(Math.PI, sets.value(inexact, "w"));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void longsBeyondIntRangeWidenTheColumn() {
        AttributeSets sets = new AttributeSets();
        long[] values = {
            0,
            1,
            -1,
            127,
            2000,
            Integer.MAX_VALUE,
            Integer.MAX_VALUE + 1L,
            1L << 40,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1,
            -(1L << 50)
        };
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ids[i] = sets.intern(map("n", values[i], "tag", "t"));
            for (int j = 0; j <= i; j++) {
                assertEquals(values[j], sets.value(ids[j], "n"), "after storing " + values[i]);
            }
        }
        assertEquals(values.length, sets.liveSets());
        assertEquals(ids[9], sets.intern(map("n", Long.MIN_VALUE, "tag", "t")));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void aKeyWithMixedTypesKeepsEachValueExactly() {
        AttributeSets sets = new AttributeSets();
        Object[] values = {
            7L, 7.0, "7", true, false, List.of(7L), Map.of("seven", 7L), Long.MAX_VALUE, -0.0
        };
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ids[i] = sets.intern(map("mixed", values[i], "i", (long) i));
        }
        for (int i = 0; i < values.length; i++) {
            Object v = sets.value(ids[i], "mixed");
            assertEquals(values[i], v);
            assertEquals(
                    values[i] instanceof List
                            ? List.class
                            : values[i] instanceof Map ? Map.class : values[i].getClass(),
                    v instanceof List ? List.class : v instanceof Map ? Map.class : v.getClass());
            assertEquals(map("mixed", values[i], "i", (long) i), sets.toMap(ids[i]));
        }
        // a set moves between the typed columns of the key
        int moved = sets.withAll(ids[0], map("mixed", "now a string"));
        assertEquals("now a string", sets.value(moved, "mixed"));
        assertEquals(7L, sets.value(ids[0], "mixed"));
        assertEquals(false, sets.value(ids[4], "mixed"));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void nestedValuesRoundTrip() {
        AttributeSets sets = new AttributeSets();
        Map<String, Object> inner =
                map(
                        "a",
                        List.of(1L, 2.5, "s", true),
                        "b",
                        map("deep", List.of(List.of(), Map.of())),
                        "nan",
                        Double.NaN);
        List<Object> list = List.of(inner, List.of("x", List.of(-0.0)), Long.MIN_VALUE);
        Map<String, Object> attributes = map("list", list, "map", inner, "plain", "p");
        int a = sets.intern(attributes);
        assertEquals(attributes, sets.toMap(a));
        assertSame(list, sets.value(a, "list"), "the stored immutable object is returned");
        assertEquals(inner, sets.value(a, "map"));
        Map<String, Object> copy =
                map(
                        "list",
                        List.of(
                                map(
                                        "a",
                                        List.of(1L, 2.5, "s", true),
                                        "b",
                                        Map.of("deep", List.of(List.of(), Map.of())),
                                        "nan",
                                        Double.NaN),
                                List.of("x", List.of(-0.0)),
                                Long.MIN_VALUE),
                        "map",
                        inner,
                        "plain",
                        "p");
        assertEquals(a, sets.intern(copy));
        int other = sets.intern(map("list", List.of(List.of("x", List.of(0.0))), "plain", "p"));
        assertNotEquals(a, other);
        assertEquals(1, sets.pooledStrings());
        sets.release(a);
        sets.release(a);
        assertEquals(1, sets.pooledNestedValues());
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void toMapIsAnImmutableSnapshot() {
        AttributeSets sets = new AttributeSets();
        int small = sets.intern(map("a", 1L, "b", "x"));
        int large =
                sets.intern(map("a", 1L, "b", "x", "c", 2.0, "d", true, "e", List.of(), "f", 6L));
        for (int id : new int[] {small, large}) {
            Map<String, Object> m = sets.toMap(id);
            assertThrows(UnsupportedOperationException.class, () -> m.put("z", 1L));
            assertThrows(UnsupportedOperationException.class, () -> m.remove("a"));
            assertThrows(UnsupportedOperationException.class, m::clear);
        }
        Map<String, Object> snapshot = sets.toMap(large);
        int changed = sets.withAll(large, map("a", 99L));
        sets.release(large);
        sets.intern(
                map(
                        "a",
                        5L,
                        "b",
                        "y",
                        "c",
                        3.0,
                        "d",
                        false,
                        "e",
                        List.of(1L),
                        "f",
                        7L)); // may reuse the id
        assertEquals(
                map("a", 1L, "b", "x", "c", 2.0, "d", true, "e", List.of(), "f", 6L), snapshot);
        assertEquals(99L, sets.value(changed, "a"));
        assertEquals(6, sets.size(changed));
        Map<String, Object> seen = new HashMap<>();
        sets.forEach(changed, seen::put);
        assertEquals(sets.toMap(changed), seen);
        assertTrue(sets.containsKey(changed, "e"));
        assertFalse(sets.containsKey(changed, "zz"));
    }

    // ---- layouts

    @Test
    void rareKeysStaySparseAndTurnDenseWhenCommon() {
        AttributeSets sets = new AttributeSets();
        int[] base = new int[5000];
        for (int i = 0; i < base.length; i++) {
            base[i] = sets.intern(map("n", (long) i));
        }
        int rare = sets.intern(map("n", 1L, "rare", 2.5));
        assertFalse(sets.isDense("rare", 0.0));
        assertEquals(2.5, sets.value(rare, "rare"));
        assertNull(sets.value(base[1], "rare"));
        // 4,500 of ~9,500 sets: a dense double column (64 bits x 9,500) is now smaller than the map
        int[] more = new int[4500];
        for (int i = 0; i < more.length; i++) {
            more[i] = sets.withAll(base[i], map("rare", i + 0.1));
        }
        assertTrue(sets.isDense("rare", 0.0));
        for (int i = 0; i < more.length; i++) {
            assertEquals(i + 0.1, sets.value(more[i], "rare"));
        }
        // most of them go away again: back to sparse, values intact
        for (int i = 10; i < more.length; i++) {
            sets.release(more[i]);
        }
        assertFalse(sets.isDense("rare", 0.0));
        for (int i = 0; i < 10; i++) {
            assertEquals(i + 0.1, sets.value(more[i], "rare"));
            assertEquals(map("n", (long) i, "rare", i + 0.1), sets.toMap(more[i]));
        }
        assertEquals(2.5, sets.value(rare, "rare"));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void manyDistinctKeysDoNotCostASlotPerSetEach() {
        AttributeSets sets = new AttributeSets();
        int count = 4000;
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = sets.intern(map("k" + i, (long) i, "common", "c"));
        }
        long bytes = sets.footprintBytes();
        // dense columns would need count * count slots; sparse ones stay linear
        assertTrue(bytes < count * 400L, "footprint " + bytes);
        for (int i = 0; i < count; i += 97) {
            assertEquals((long) i, sets.value(ids[i], "k" + i));
            assertNull(sets.value(ids[i], "k" + (i + 1)));
            assertEquals(map("k" + i, (long) i, "common", "c"), sets.toMap(ids[i]));
        }
        AttributeSetsInvariants.check(sets);
        for (int id : ids) {
            sets.release(id);
        }
        assertEquals(0, sets.columnCount());
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void largeSetsWork() {
        AttributeSets sets = new AttributeSets();
        LinkedHashMap<String, Object> big = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            big.put(
                    "key" + i,
                    i % 3 == 0 ? (Object) (long) i : i % 3 == 1 ? "v" + i : (Object) (i / 7.0));
        }
        Map<String, Object> m = Collections.unmodifiableMap(big);
        int a = sets.intern(m);
        assertEquals(m, sets.toMap(a));
        assertEquals(300, sets.size(a));
        assertEquals(a, sets.intern(Map.copyOf(m)));
        int b = sets.without(a, "key150");
        assertEquals(299, sets.size(b));
        assertEquals(a, sets.withAll(b, map("key150", 150L)));
        AttributeSetsInvariants.check(sets);
    }

    @Test
    void presizedStoreBehavesTheSame() {
        AttributeSets sets = new AttributeSets(10_000);
        long empty = sets.footprintBytes();
        int[] ids = new int[10_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sets.intern(map("i", (long) i));
        }
        assertEquals(10_000, sets.liveSets());
        assertEquals(9_999L, sets.value(ids[9_999], "i"));
        assertTrue(sets.footprintBytes() > empty);
        AttributeSetsInvariants.check(sets);
    }

    // ---- readers

    @Test
    void concurrentReadersSeeConsistentValues() throws Exception {
        AttributeSets sets = new AttributeSets();
        int n = 20_000;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] =
                    sets.intern(
                            map("i", (long) i, "s", "v" + (i % 13), "d", i / 3.0, "b", i % 2 == 0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(
                        pool.submit(
                                () -> {
                                    int checked = 0;
                                    for (int round = 0; round < 3; round++) {
                                        for (int i = offset; i < n; i += 3) {
                                            if (!sets.value(ids[i], "i").equals((long) i)
                                                    || !sets.toMap(ids[i])
                                                            .equals(
                                                                    map(
                                                                            "i",
                                                                            (long) i,
                                                                            "s",
                                                                            "v" + (i % 13),
                                                                            "d",
                                                                            i / 3.0,
                                                                            "b",
                                                                            i % 2 == 0))) {
                                                throw new AssertionError("set " + i);
                                            }
                                            checked++;
                                        }
                                    }
                                    return checked;
                                }));
            }
            for (Future<Integer> f : results) {
                assertTrue(f.get() > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
