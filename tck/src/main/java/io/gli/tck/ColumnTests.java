package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.AttributeColumn;
import io.gli.AttributeTypeException;
import io.gli.Capability;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Columns ({@link Graph#nodeColumn}, {@link Graph#setNodeColumn} and the edge forms), the same for
 * nodes and edges: values and presence equal the per-element reads in element order, typed reads
 * and their errors, the bulk operations against a plain loop over per-element reads, detached
 * mapped columns, a column's end at the next write, and bulk writes that are all or nothing.
 *
 * <p>Written once against {@link Elements}; {@link NodeColumnTests} and {@link EdgeColumnTests} run
 * them on nodes and on edges.
 */
public abstract class ColumnTests {

    /** The nodes or the edges of a fresh graph, reached through the methods of their kind. */
    abstract static class Elements {
        final Graph graph;

        Elements(Graph graph) {
            this.graph = graph;
        }

        /** Adds element number {@code n} (a new one each time) with the given attributes. */
        abstract void add(int n, Map<String, ?> attributes);

        /** Removes element number {@code n}. */
        abstract void remove(int n);

        /** How many elements there are. */
        abstract int count();

        /** The node ID (the edge's source) of the {@code i}-th element in element order. */
        abstract String name(int i);

        /**
         * One attribute of the {@code i}-th element in element order, read by the per-element
         * method.
         */
        abstract Optional<Object> attribute(int i, String key);

        abstract OptionalLong getLong(int i, String key);

        abstract OptionalDouble getDouble(int i, String key);

        abstract Optional<String> getString(int i, String key);

        abstract Optional<Boolean> getBoolean(int i, String key);

        /** The attributes of the {@code i}-th element in element order. */
        abstract Map<String, Object> attributes(int i);

        abstract AttributeColumn column(String key);

        abstract void setColumn(String key, List<?> values);

        /** Adds elements {@code 0..count-1} with the attributes {@code attributes.apply(n)}. */
        void addAll(int count, IntFunction<Map<String, ?>> attributes) {
            for (int n = 0; n < count; n++) {
                add(n, attributes.apply(n));
            }
        }
    }

    abstract Elements elements(Fixture fixture);

    private static Map<String, ?> mixed(int n) {
        return switch (n % 6) {
            case 0 -> Map.of("k", (long) n * 7 - 20, "other", "x");
            case 1 -> Map.of("other", n);
            case 2 -> Map.of("k", "text" + n);
            case 3 -> Map.of();
            case 4 -> Map.of("k", n * 0.5, "z", true);
            default -> Map.of("k", n % 4 == 1);
        };
    }

    /** Asserts the column equals the per-element reads, position by position. */
    private static void assertMatchesElements(Elements e, String key, AttributeColumn column) {
        assertEquals(e.count(), column.size());
        List<Object> expected = new ArrayList<>();
        int present = 0;
        for (int i = 0; i < e.count(); i++) {
            Object value = e.attribute(i, key).orElse(null);
            expected.add(value);
            assertEquals(value, column.get(i), "position " + i);
            assertEquals(value != null, column.isPresent(i), "presence at " + i);
            if (value != null) {
                present++;
                assertEquals(value.getClass(), column.get(i).getClass(), "type at " + i);
            }
        }
        assertEquals(present, column.presentCount());
        assertEquals(expected, column.toList());
        assertEquals(key, column.key());
        if (expected.stream().allMatch(v -> v == null || v instanceof Long)) {
            long sum = 0;
            long min = Long.MAX_VALUE;
            for (Object v : expected) {
                if (v != null) {
                    sum += (Long) v;
                    min = Math.min(min, (Long) v);
                }
            }
            assertEquals(sum, column.sumLong());
            assertEquals(
                    present == 0 ? OptionalLong.empty() : OptionalLong.of(min), column.minLong());
        } else {
            assertThrows(AttributeTypeException.class, column::sumLong);
        }
    }

    @GraphTest
    void valuesAndPresenceMatchPerElementReadsInOrder(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(30, ColumnTests::mixed);
        for (String key : List.of("k", "other", "z", "never")) {
            assertMatchesElements(e, key, e.column(key));
        }
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void positionsFollowElementOrderAfterRemovals(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(40, n -> n % 3 == 0 ? Map.of() : Map.of("k", (long) n));
        for (int n = 0; n < 40; n += 4) {
            e.remove(n);
        }
        e.add(40, Map.of("k", -1L));
        AttributeColumn column = e.column("k");
        assertMatchesElements(e, "k", column);
        assertEquals(-1L, column.get(column.size() - 1), "a re-added element comes last");
    }

    @GraphTest
    void emptyGraphGivesAnEmptyColumn(Fixture fixture) {
        Elements e = elements(fixture);
        AttributeColumn column = e.column("k");
        assertEquals(0, column.size());
        assertEquals(0, column.presentCount());
        assertEquals(0L, column.sumLong());
        assertEquals(0.0, column.sumDouble());
        assertEquals(OptionalLong.empty(), column.minLong());
        assertEquals(OptionalLong.empty(), column.maxLong());
        assertEquals(OptionalDouble.empty(), column.minDouble());
        assertEquals(OptionalDouble.empty(), column.maxDouble());
        assertEquals(List.of(), column.toList());
        assertThrows(IndexOutOfBoundsException.class, () -> column.get(0));
    }

    @GraphTest
    void typedGettersMatchTheTypedPerElementReads(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(12, n -> Map.of("l", (long) n - 5, "d", n * 1.25, "s", "s" + n, "b", n % 2 == 0));
        AttributeColumn l = e.column("l");
        AttributeColumn d = e.column("d");
        AttributeColumn s = e.column("s");
        AttributeColumn b = e.column("b");
        for (int i = 0; i < e.count(); i++) {
            assertEquals(e.getLong(i, "l").getAsLong(), l.getLong(i));
            assertEquals(
                    e.getDouble(i, "l").getAsDouble(), l.getDouble(i), "a Long read as a double");
            assertEquals(e.getDouble(i, "d").getAsDouble(), d.getDouble(i));
            assertEquals(e.getString(i, "s").orElseThrow(), s.getString(i));
            assertEquals(e.getBoolean(i, "b").orElseThrow(), b.getBoolean(i));
        }
    }

    @GraphTest
    void typeMismatchNamesTheElementAndTheKey(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(6, n -> n == 3 ? Map.of("k", "three") : n == 1 ? Map.of() : Map.of("k", (long) n));
        AttributeColumn column = e.column("k");
        String offender = e.name(3);
        List<AttributeTypeException> errors = new ArrayList<>();
        errors.add(assertThrows(AttributeTypeException.class, () -> column.getLong(3)));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.getDouble(3)));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.sumLong()));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.minLong()));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.maxLong()));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.sumDouble()));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.maxDouble()));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.mapLong(v -> v)));
        errors.add(assertThrows(AttributeTypeException.class, () -> column.mapDouble(v -> v)));
        for (AttributeTypeException error : errors) {
            assertTrue(error.getMessage().contains(offender), error.getMessage());
            assertTrue(error.getMessage().contains("\"k\""), error.getMessage());
            assertEquals("k", error.key());
            assertEquals(String.class, error.actualType());
        }
        AttributeTypeException notAString =
                assertThrows(AttributeTypeException.class, () -> column.getString(0));
        assertEquals(Long.class, notAString.actualType());
        assertEquals(String.class, notAString.expectedType());
        assertTrue(notAString.getMessage().contains(e.name(0)), notAString.getMessage());
        assertThrows(AttributeTypeException.class, () -> column.getBoolean(4));
        NoSuchElementException absent =
                assertThrows(NoSuchElementException.class, () -> column.getLong(1));
        assertTrue(absent.getMessage().contains(e.name(1)), absent.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> column.get(6));
        assertThrows(IndexOutOfBoundsException.class, () -> column.isPresent(-1));
    }

    @GraphTest
    void theFirstMismatchInOrderIsReported(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(
                5,
                n ->
                        n >= 2
                                ? Map.of("k", n % 2 == 0 ? (Object) true : (Object) "s")
                                : Map.of("k", 1L));
        AttributeTypeException error =
                assertThrows(AttributeTypeException.class, () -> e.column("k").sumLong());
        assertEquals(Boolean.class, error.actualType());
        assertTrue(error.getMessage().contains(e.name(2)), error.getMessage());
    }

    @GraphTest
    void bulkOperationsEqualAPlainLoopOverPerElementReads(Fixture fixture) {
        Elements e = elements(fixture);
        Random random = new Random(42);
        long[] longs = new long[200];
        for (int n = 0; n < longs.length; n++) {
            longs[n] =
                    switch (n % 5) {
                        case 0 -> random.nextLong();
                        case 1 -> random.nextInt(1000) - 500;
                        default -> 1_000_000_000_000L + random.nextInt(100);
                    };
        }
        e.addAll(
                200,
                n -> {
                    if (n % 7 == 3) {
                        return Map.of("other", 1);
                    }
                    double d = n % 11 == 0 ? -0.0 : random.nextGaussian() * 1e6;
                    return Map.of("l", longs[n], "d", n % 3 == 0 ? (Object) (long) n : (Object) d);
                });
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        double dsum = 0;
        double dmin = Double.POSITIVE_INFINITY;
        double dmax = Double.NEGATIVE_INFINITY;
        double lsumAsDouble = 0;
        for (int i = 0; i < e.count(); i++) {
            OptionalLong l = e.getLong(i, "l");
            if (l.isPresent()) {
                sum += l.getAsLong();
                min = Math.min(min, l.getAsLong());
                max = Math.max(max, l.getAsLong());
                lsumAsDouble += l.getAsLong();
            }
            OptionalDouble d = e.getDouble(i, "d");
            if (d.isPresent()) {
                dsum += d.getAsDouble();
                dmin = Math.min(dmin, d.getAsDouble());
                dmax = Math.max(dmax, d.getAsDouble());
            }
        }
        AttributeColumn l = e.column("l");
        AttributeColumn d = e.column("d");
        assertEquals(sum, l.sumLong());
        assertEquals(OptionalLong.of(min), l.minLong());
        assertEquals(OptionalLong.of(max), l.maxLong());
        assertEquals(lsumAsDouble, l.sumDouble());
        assertEquals(dsum, d.sumDouble(), "added in order, so exactly equal");
        assertEquals(OptionalDouble.of(dmin), d.minDouble());
        assertEquals(OptionalDouble.of(dmax), d.maxDouble());
        assertEquals(OptionalDouble.of((double) min), l.minDouble());
        // absent is not 0: a column of positive values with gaps has a positive minimum, and so on
        e.add(200, Map.of());
        e.add(201, Map.of("p", 5L, "q", -5.5));
        e.add(202, Map.of("p", 7L, "q", -1.5));
        AttributeColumn p = e.column("p");
        AttributeColumn q = e.column("q");
        assertEquals(OptionalLong.of(5), p.minLong());
        assertEquals(OptionalDouble.of(5), p.minDouble());
        assertEquals(OptionalDouble.of(-1.5), q.maxDouble());
        assertEquals(
                OptionalLong.of(-20),
                e.column("l").mapLong(v -> -20).maxLong(),
                "mapped columns skip absent too");
        AttributeColumn none = e.column("missing");
        assertEquals(0L, none.sumLong());
        assertEquals(OptionalLong.empty(), none.maxLong());
        assertEquals(OptionalDouble.empty(), none.minDouble());
    }

    @GraphTest
    void specialDoublesFollowMathMinAndMax(Fixture fixture) {
        Elements e = elements(fixture);
        e.add(0, Map.of("d", 0.0));
        e.add(1, Map.of("d", -0.0));
        e.add(2, Map.of("d", Double.NEGATIVE_INFINITY));
        AttributeColumn column = e.column("d");
        assertEquals(OptionalDouble.of(Double.NEGATIVE_INFINITY), column.minDouble());
        assertEquals(OptionalDouble.of(0.0), column.maxDouble());
        assertEquals(Double.NEGATIVE_INFINITY, column.sumDouble());
        e.add(3, Map.of("d", Double.NaN));
        AttributeColumn withNaN = e.column("d");
        assertTrue(Double.isNaN(withNaN.minDouble().getAsDouble()));
        assertTrue(Double.isNaN(withNaN.maxDouble().getAsDouble()));
    }

    @GraphTest
    void mapGivesADetachedColumnThatOutlivesWrites(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(20, n -> n % 4 == 0 ? Map.of() : Map.of("k", (long) n));
        AttributeColumn source = e.column("k");
        AttributeColumn tripled = source.mapLong(v -> v * 3 + 1);
        AttributeColumn halved = source.mapDouble(v -> v / 2);
        e.add(20, Map.of("k", 5L));
        assertThrows(
                ConcurrentModificationException.class,
                source::sumLong,
                "the source view has ended");
        assertEquals(20, tripled.size());
        assertEquals("k", tripled.key());
        long expected = 0;
        for (int n = 0; n < 20; n++) {
            if (n % 4 == 0) {
                assertFalse(tripled.isPresent(n));
                assertFalse(halved.isPresent(n));
                assertEquals(null, tripled.get(n));
            } else {
                assertEquals(n * 3L + 1, tripled.getLong(n));
                assertEquals(Long.valueOf(n * 3L + 1), tripled.get(n));
                assertEquals(Double.valueOf(n / 2.0), halved.get(n));
                expected += n * 3L + 1;
            }
        }
        assertEquals(expected, tripled.sumLong());
        assertThrows(AttributeTypeException.class, () -> halved.getLong(1));
        assertThrows(AttributeTypeException.class, () -> tripled.getString(1));
    }

    @GraphTest
    void aColumnEndsAtTheNextWrite(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(5, n -> Map.of("k", (long) n));
        AttributeColumn column = e.column("k");
        assertEquals(10L, column.sumLong());
        e.add(5, Map.of("k", 100L));
        assertAll(
                () -> assertThrows(ConcurrentModificationException.class, column::size),
                () -> assertThrows(ConcurrentModificationException.class, () -> column.get(0)),
                () -> assertThrows(ConcurrentModificationException.class, () -> column.getLong(0)),
                () ->
                        assertThrows(
                                ConcurrentModificationException.class, () -> column.isPresent(0)),
                () -> assertThrows(ConcurrentModificationException.class, column::sumLong),
                () -> assertThrows(ConcurrentModificationException.class, column::maxDouble),
                () -> assertThrows(ConcurrentModificationException.class, column::toList),
                () ->
                        assertThrows(
                                ConcurrentModificationException.class,
                                () -> column.mapLong(v -> v)));
        assertEquals(110L, e.column("k").sumLong(), "a new column sees the write");
    }

    @GraphTest
    void evenAFailedWriteEndsAColumn(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(3, n -> Map.of("k", (long) n));
        AttributeColumn column = e.column("k");
        assertThrows(IllegalArgumentException.class, () -> e.setColumn("k", List.of(1, 2)));
        assertThrows(ConcurrentModificationException.class, () -> column.getLong(0));
    }

    @GraphTest
    void readsNeverReturnWhatAConcurrentWriteTore(Fixture fixture) throws InterruptedException {
        Elements e = elements(fixture);
        e.addAll(300, n -> Map.of("k", 1L));
        AttributeColumn column = e.column("k");
        AtomicInteger valid = new AtomicInteger();
        Runnable writer =
                () -> {
                    for (int round = 2; round < 40; round++) {
                        List<Object> values = new ArrayList<>();
                        for (int i = 0; i < 300; i++) {
                            values.add((long) round);
                        }
                        e.setColumn("k", values);
                    }
                };
        Runnable read =
                () -> {
                    try {
                        assertEquals(
                                300L,
                                column.sumLong(),
                                "a sum the column returned mixes two writes' values");
                        assertEquals(1L, column.getLong(299));
                        valid.incrementAndGet();
                    } catch (ConcurrentModificationException expected) {
                        // the column ended; that is the only other outcome allowed
                    }
                };
        ConcurrencyTests.whileWriting(writer, List.of(read));
        assertThrows(ConcurrentModificationException.class, column::sumLong);
        assertEquals(300L * 39, e.column("k").sumLong());
    }

    // ---- bulk writes

    @GraphTest
    void setColumnWritesEveryElementInOrder(Fixture fixture) {
        assertSetColumnWritesEveryElementInOrder(fixture, true, true);
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void setColumnWritesNestedValues(Fixture fixture) {
        assertSetColumnWritesEveryElementInOrder(fixture, List.of(1, 2), List.of(1L, 2L));
    }

    /**
     * Writes a column of every kind of cell, {@code last} the sixth, and checks it reads back
     * normalized ({@code expectedLast} for the sixth) with the other attributes kept.
     */
    private void assertSetColumnWritesEveryElementInOrder(
            Fixture fixture, Object last, Object expectedLast) {
        Elements e = elements(fixture);
        e.addAll(6, n -> n == 2 ? Map.of("keep", 1) : Map.of("k", "old", "keep", 1));
        e.setColumn("k", TestData.cells(1, null, 2.5f, "s", null, last));
        List<Object> expected = TestData.cells(1L, null, 2.5, "s", null, expectedLast);
        assertEquals(expected, e.column("k").toList());
        for (int i = 0; i < 6; i++) {
            assertEquals(Optional.ofNullable(expected.get(i)), e.attribute(i, "k"), "element " + i);
            assertEquals(Optional.of(1L), e.attribute(i, "keep"), "other attributes are kept");
        }
        assertFalse(e.attributes(1).containsKey("k"), "null removes the attribute");
        assertInstanceOf(Long.class, e.attribute(0, "k").orElseThrow(), "values are normalized");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void setColumnFollowsElementOrderAfterRemovals(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(30, n -> Map.of("k", -1L));
        for (int n = 1; n < 30; n += 3) {
            e.remove(n);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < e.count(); i++) {
            values.add((long) i);
        }
        e.setColumn("k", values);
        for (int i = 0; i < e.count(); i++) {
            assertEquals(OptionalLong.of(i), e.getLong(i, "k"));
        }
    }

    @GraphTest
    void aRefusedValueLeavesTheGraphUnchanged(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(4, n -> Map.of("k", (long) n));
        List<Object> values = TestData.cells(10, 11, TestData.date(), 13);
        IllegalArgumentException error =
                Snapshot.assertFailsUnchanged(
                        e.graph, IllegalArgumentException.class, () -> e.setColumn("k", values));
        assertTrue(error.getMessage().contains("values[2]"), error.getMessage());
        assertTrue(error.getMessage().contains("\"k\""), error.getMessage());
        assertTrue(error.getMessage().contains("java.util.Date"), error.getMessage());
    }

    @GraphTest
    void aColumnOfTheWrongSizeLeavesTheGraphUnchanged(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(4, n -> Map.of("k", (long) n));
        IllegalArgumentException shorter =
                Snapshot.assertFailsUnchanged(
                        e.graph,
                        IllegalArgumentException.class,
                        () -> e.setColumn("k", List.of(1, 2, 3)));
        assertTrue(
                shorter.getMessage().contains("3") && shorter.getMessage().contains("4"),
                shorter.getMessage());
        Snapshot.assertFailsUnchanged(
                e.graph,
                IllegalArgumentException.class,
                () -> e.setColumn("k", List.of(1, 2, 3, 4, 5)));
    }

    @GraphTest
    void badArgumentsAreRefusedBeforeAnythingChanges(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(2, n -> Map.of("k", (long) n));
        assertAll(
                () ->
                        Snapshot.assertFailsUnchanged(
                                e.graph,
                                NullPointerException.class,
                                () -> e.setColumn(null, List.of(1, 2))),
                () ->
                        Snapshot.assertFailsUnchanged(
                                e.graph,
                                IllegalArgumentException.class,
                                () -> e.setColumn("", List.of(1, 2))),
                () ->
                        Snapshot.assertFailsUnchanged(
                                e.graph, NullPointerException.class, () -> e.setColumn("k", null)),
                () ->
                        Snapshot.assertFailsUnchanged(
                                e.graph,
                                IllegalArgumentException.class,
                                () -> e.setColumn("k", TestData.cells(1, new Object()))),
                () -> assertThrows(NullPointerException.class, () -> e.column(null)),
                () -> assertThrows(IllegalArgumentException.class, () -> e.column("")));
    }

    @GraphTest
    void aRoundTripThroughAMappedColumnWritesItBack(Fixture fixture) {
        Elements e = elements(fixture);
        e.addAll(10, n -> n % 3 == 0 ? Map.of() : Map.of("k", (long) n));
        e.setColumn("k", e.column("k").mapLong(v -> -v).toList());
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    i % 3 == 0 ? OptionalLong.empty() : OptionalLong.of(-i), e.getLong(i, "k"));
        }
    }
}
