package io.gli.tck;

import static io.gli.tck.Refusals.assertEachFailsUnchanged;
import static io.gli.tck.TestData.cells;
import static io.gli.tck.TestData.map;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.AttributeTypeException;
import io.gli.Capability;
import io.gli.Graph;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;

/**
 * Attribute values, the same for nodes and edges: the allowed types and their normalization (small
 * integers widened to Long, Float to Double, NaN and the infinities as ordinary values), nested
 * lists and maps stored as immutable deep copies, the typed getters and their {@link
 * AttributeTypeException}, setting, updating, merging and removing, and every kind of refused key
 * or value, which must raise {@link IllegalArgumentException} naming the key and leave the graph as
 * it was.
 *
 * <p>The tests are written once against an {@link Element}; {@link NodeAttributeTests} and {@link
 * EdgeAttributeTests} run them on a node and on an edge.
 */
public abstract class AttributeTests {

    /** NaN and both infinities, as doubles under the keys the tests store them by. */
    private static final Map<String, Object> NON_FINITE =
            Map.of(
                    "nan",
                    Double.NaN,
                    "inf",
                    Double.POSITIVE_INFINITY,
                    "ninf",
                    Double.NEGATIVE_INFINITY);

    /** The key of the attribute every element under test starts with, to show it survives. */
    static final String KEPT = "kept";

    /**
     * A node or an edge of a fresh graph, reached through the methods of its kind. The element
     * itself does not exist until {@link #add} is called; anything it needs (endpoints) exists.
     */
    abstract static class Element {
        final Graph graph;

        Element(Graph graph) {
            this.graph = graph;
        }

        abstract void add(Map<String, ?> attributes);

        /** Adds another element of the same kind, which did not exist. */
        abstract void addOther(Map<String, ?> attributes);

        /** Merges another element of the same kind, which did not exist. */
        abstract boolean mergeOther(Map<String, ?> attributes);

        /** Adds another element of the same kind through the bulk method with attribute columns. */
        abstract void addOtherInBulk(Map<String, ? extends List<?>> columns);

        abstract boolean merge(Map<String, ?> attributes);

        abstract Map<String, Object> attributes();

        /** The attributes of the other element, added by {@link #addOther} and the like. */
        abstract Map<String, Object> otherAttributes();

        abstract Optional<Object> attribute(String key);

        abstract OptionalLong getLong(String key);

        abstract OptionalDouble getDouble(String key);

        abstract Optional<String> getString(String key);

        abstract Optional<Boolean> getBoolean(String key);

        abstract void set(String key, Object value);

        abstract void update(Map<String, ?> attributes);

        abstract boolean remove(String key);

        /** Adds the element with a single attribute and returns the stored value. */
        Object roundTrip(Object value) {
            add(Map.of("v", value));
            return attribute("v").orElseThrow();
        }
    }

    /** Opens a graph of the fixture and prepares an element of the kind under test. */
    abstract Element element(Fixture fixture);

    // ---- allowed values

    @GraphTest
    void storesEachScalarTypeAsIs(Fixture fixture) {
        Element e = element(fixture);
        Map<String, Object> values = Map.of("s", "text", "l", 5L, "d", 2.5, "b", true);
        e.add(values);
        assertEquals(values, e.attributes());
        values.forEach(
                (key, value) ->
                        assertSame(
                                value.getClass(),
                                e.attribute(key).orElseThrow().getClass(),
                                () -> key + " stored as another type"));
    }

    @GraphTest
    void elementWithoutAttributesHasEmptyMap(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of());
        assertEquals(Map.of(), e.attributes());
        assertEquals(Optional.empty(), e.attribute("anything"));
    }

    @GraphTest
    void integerShortAndByteAreWidenedToLong(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("i", 7, "s", (short) -8, "b", (byte) 9));
        e.set("i2", Integer.MIN_VALUE);
        e.update(Map.of("s2", Short.MAX_VALUE));
        e.merge(Map.of("b2", Byte.MIN_VALUE));
        assertEquals(
                Map.of(
                        "i",
                        7L,
                        "s",
                        -8L,
                        "b",
                        9L,
                        "i2",
                        (long) Integer.MIN_VALUE,
                        "s2",
                        (long) Short.MAX_VALUE,
                        "b2",
                        (long) Byte.MIN_VALUE),
                e.attributes());
        assertEveryValueIsA(Long.class, e);
    }

    /** Asserts that every attribute of {@code e} is stored as exactly {@code type}. */
    private static void assertEveryValueIsA(Class<?> type, Element e) {
        for (Object value : e.attributes().values()) {
            assertSame(type, value.getClass(), () -> "stored as " + value.getClass());
        }
    }

    @GraphTest
    void floatIsWidenedToDouble(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("f", 0.1f));
        e.set("g", -3.5f);
        e.update(Map.of("h", Float.MAX_VALUE));
        assertEquals(
                Map.of("f", (double) 0.1f, "g", -3.5, "h", (double) Float.MAX_VALUE),
                e.attributes());
        assertEveryValueIsA(Double.class, e);
    }

    @GraphTest
    void floatNaNAndInfinitiesAreWidened(Fixture fixture) {
        Element e = element(fixture);
        e.add(
                Map.of(
                        "nan",
                        Float.NaN,
                        "inf",
                        Float.POSITIVE_INFINITY,
                        "ninf",
                        Float.NEGATIVE_INFINITY));
        assertEquals(NON_FINITE, e.attributes());
    }

    @GraphTest
    void longAndDoubleWithTheSameValueStayDistinct(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("l", 1, "d", 1.0));
        assertEquals(1L, e.attribute("l").orElseThrow());
        assertEquals(1.0, e.attribute("d").orElseThrow());
        assertFalse(e.attributes().equals(Map.of("l", 1.0, "d", 1L)));
    }

    @GraphTest
    void extremeNumbersRoundTrip(Fixture fixture) {
        Element e = element(fixture);
        Map<String, Object> values =
                Map.of(
                        "minLong",
                        Long.MIN_VALUE,
                        "maxLong",
                        Long.MAX_VALUE,
                        "maxDouble",
                        Double.MAX_VALUE,
                        "minDouble",
                        Double.MIN_VALUE,
                        "negZero",
                        -0.0,
                        "zero",
                        0.0,
                        "zeroLong",
                        0L);
        e.add(values);
        assertEquals(values, e.attributes());
        assertEquals(-0.0, e.attribute("negZero").orElseThrow(), "-0.0 must not become 0.0");
        assertEquals(0.0, e.attribute("zero").orElseThrow());
        // The typed getters too: a store may answer them unboxed, with a sentinel of its own.
        assertEquals(OptionalLong.of(Long.MIN_VALUE), e.getLong("minLong"));
        assertEquals(OptionalLong.of(Long.MAX_VALUE), e.getLong("maxLong"));
        assertEquals(OptionalLong.of(0L), e.getLong("zeroLong"));
        assertEquals(OptionalDouble.of((double) Long.MIN_VALUE), e.getDouble("minLong"));
        assertEquals(OptionalDouble.of(Double.MAX_VALUE), e.getDouble("maxDouble"));
    }

    @GraphTest
    void nanAndInfinitiesAreOrdinaryValues(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("nan", Double.NaN, "inf", Double.POSITIVE_INFINITY));
        e.set("ninf", Double.NEGATIVE_INFINITY);
        assertEquals(NON_FINITE, e.attributes());
        assertTrue(Double.isNaN(e.getDouble("nan").orElseThrow()));
        assertEquals(Double.POSITIVE_INFINITY, e.getDouble("inf").orElseThrow());
        assertEquals(Double.NEGATIVE_INFINITY, e.getDouble("ninf").orElseThrow());
        assertEquals(Double.NaN, e.attribute("nan").orElseThrow());
    }

    @GraphTest
    void stringsRoundTripExactly(Fixture fixture) {
        Element e = element(fixture);
        String longText = "x".repeat(100_000);
        Map<String, Object> values =
                Map.of(
                        "empty",
                        "",
                        "blank",
                        "  \t\n",
                        "nul",
                        "a\u0000b",
                        "emoji",
                        "\uD83D\uDE00 \u00e9\u4e2d",
                        "quotes",
                        "\"'\\",
                        "long",
                        longText);
        e.add(values);
        assertEquals(values, e.attributes());
        assertEquals(Optional.of(""), e.getString("empty"));
        assertEquals(longText, e.getString("long").orElseThrow());
    }

    @GraphTest
    void keysMayBeAnyNonEmptyString(Fixture fixture) {
        Element e = element(fixture);
        List<String> keys =
                List.of(" ", "a b", "->", "\u00fcber", "\n", "\uD83D\uDE00", "k".repeat(1_000));
        Map<String, Integer> values = new HashMap<>();
        for (String key : keys) {
            values.put(key, values.size() + 1);
        }
        e.add(values);
        assertEquals(keys.size(), e.attributes().size());
        for (String key : keys) {
            assertEquals(Optional.of((long) values.get(key)), e.attribute(key), () -> "key " + key);
        }
        assertTrue(e.remove(" "));
        assertEquals(Optional.empty(), e.attribute(" "));
    }

    @GraphTest
    void keysAreCaseSensitive(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("k", 1, "K", 2));
        assertEquals(Optional.of(1L), e.attribute("k"));
        assertEquals(Optional.of(2L), e.attribute("K"));
        assertEquals(Optional.empty(), e.attribute("k "));
    }

    @GraphTest
    void manyAttributesAreAllKept(Fixture fixture) {
        Element e = element(fixture);
        Map<String, Object> expected = new HashMap<>();
        e.add(Map.of());
        for (int i = 0; i < 300; i++) {
            e.set("key" + i, (long) i);
            expected.put("key" + i, (long) i);
        }
        assertEquals(expected, e.attributes());
    }

    // ---- reading

    @GraphTest
    void missingAttributeReadsAsEmpty(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("other", 1));
        assertEquals(Optional.empty(), e.attribute("k"));
        assertEquals(OptionalLong.empty(), e.getLong("k"));
        assertEquals(OptionalDouble.empty(), e.getDouble("k"));
        assertEquals(Optional.empty(), e.getString("k"));
        assertEquals(Optional.empty(), e.getBoolean("k"));
    }

    @GraphTest
    void typedGettersReturnValuesOfTheirType(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("l", -42L, "d", 0.25, "s", "hi", "b", false, "i", 3));
        assertEquals(OptionalLong.of(-42L), e.getLong("l"));
        assertEquals(OptionalLong.of(3L), e.getLong("i"));
        assertEquals(OptionalDouble.of(0.25), e.getDouble("d"));
        assertEquals(Optional.of("hi"), e.getString("s"));
        assertEquals(Optional.of(false), e.getBoolean("b"));
    }

    @GraphTest
    void doubleGetterConvertsLongValues(Fixture fixture) {
        Element e = element(fixture);
        long big = (1L << 53) + 1;
        e.add(Map.of("small", 7L, "negative", -2, "big", big, "max", Long.MAX_VALUE));
        assertEquals(OptionalDouble.of(7.0), e.getDouble("small"));
        assertEquals(OptionalDouble.of(-2.0), e.getDouble("negative"));
        assertEquals(OptionalDouble.of((double) big), e.getDouble("big"));
        assertEquals(OptionalDouble.of((double) Long.MAX_VALUE), e.getDouble("max"));
        assertEquals(
                7L,
                e.attribute("small").orElseThrow(),
                "reading as double does not change the stored value");
    }

    @GraphTest
    void typedGettersRefuseOtherTypes(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("l", 1L, "d", 1.0, "s", "1", "b", true));
        record Case(String key, Class<?> actual, Class<?> expected, Function<String, ?> getter) {}
        List<Case> cases =
                List.of(
                        new Case("d", Double.class, Long.class, e::getLong),
                        new Case("s", String.class, Long.class, e::getLong),
                        new Case("b", Boolean.class, Long.class, e::getLong),
                        new Case("s", String.class, Double.class, e::getDouble),
                        new Case("b", Boolean.class, Double.class, e::getDouble),
                        new Case("l", Long.class, String.class, e::getString),
                        new Case("d", Double.class, String.class, e::getString),
                        new Case("b", Boolean.class, String.class, e::getString),
                        new Case("l", Long.class, Boolean.class, e::getBoolean),
                        new Case("s", String.class, Boolean.class, e::getBoolean),
                        new Case("d", Double.class, Boolean.class, e::getBoolean));
        Snapshot before = Snapshot.of(e.graph);
        assertAll(
                cases.stream()
                        .<Executable>map(
                                c ->
                                        () -> {
                                            AttributeTypeException x =
                                                    assertThrows(
                                                            AttributeTypeException.class,
                                                            () -> c.getter().apply(c.key()),
                                                            () ->
                                                                    "reading "
                                                                            + c.actual()
                                                                                    .getSimpleName()
                                                                            + " as "
                                                                            + c.expected()
                                                                                    .getSimpleName());
                                            assertEquals(c.key(), x.key(), "key()");
                                            assertEquals(
                                                    c.actual(), x.actualType(), "actualType()");
                                            assertEquals(
                                                    c.expected(),
                                                    x.expectedType(),
                                                    "expectedType()");
                                        }));
        before.assertUnchanged(e.graph);
    }

    @GraphTest
    void attributeTypeExceptionIsAClassCastExceptionNamingTheKey(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("weight", "heavy"));
        ClassCastException x = assertThrows(ClassCastException.class, () -> e.getLong("weight"));
        assertInstanceOf(AttributeTypeException.class, x);
        assertTrue(x.getMessage().contains("weight"), x.getMessage());
    }

    // ---- writing

    @GraphTest
    void setAddsAnAttributeKeepingTheOthers(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of(KEPT, "v"));
        e.set("k", 1);
        assertEquals(Map.of(KEPT, "v", "k", 1L), e.attributes());
    }

    @GraphTest
    void setReplacesTheValueEvenWithAnotherType(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("k", 1, KEPT, true));
        e.set("k", 2);
        assertEquals(Optional.of(2L), e.attribute("k"));
        e.set("k", "two");
        assertEquals(Optional.of("two"), e.getString("k"));
        e.set("k", 2.0);
        assertEquals(OptionalDouble.of(2.0), e.getDouble("k"));
        assertEquals(Map.of("k", 2.0, KEPT, true), e.attributes());
    }

    @GraphTest
    void setWithTheSameValueChangesNothing(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("k", "v"));
        Snapshot before = Snapshot.of(e.graph);
        e.set("k", "v");
        before.assertUnchanged(e.graph);
    }

    @GraphTest
    void updateSetsTheNamedAttributesKeepingTheOthers(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of(KEPT, 0, "a", 1, "b", 2));
        e.update(Map.of("a", 10, "c", "new"));
        assertEquals(Map.of(KEPT, 0L, "a", 10L, "b", 2L, "c", "new"), e.attributes());
    }

    @GraphTest
    void updateWithEmptyMapChangesNothing(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of(KEPT, 0));
        Snapshot before = Snapshot.of(e.graph);
        e.update(Map.of());
        before.assertUnchanged(e.graph);
    }

    @GraphTest
    void updateCopiesTheCallersMap(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of());
        assertCopiesTheCallersMap(e, e::update);
    }

    /** Asserts that changing the map after {@code write} took it changes nothing stored. */
    private static void assertCopiesTheCallersMap(Element e, Consumer<Map<String, Object>> write) {
        Map<String, Object> attributes = map("a", 1);
        write.accept(attributes);
        attributes.put("a", 2);
        attributes.put("b", 3);
        assertEquals(Map.of("a", 1L), e.attributes());
    }

    @GraphTest
    void addCopiesTheCallersMap(Fixture fixture) {
        Element e = element(fixture);
        assertCopiesTheCallersMap(e, e::add);
    }

    @GraphTest
    void removeReportsWhetherTheAttributeWasThere(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("k", 1, KEPT, 2));
        assertTrue(e.remove("k"));
        assertEquals(Optional.empty(), e.attribute("k"));
        assertFalse(e.remove("k"));
        assertFalse(e.remove("never"));
        assertEquals(Map.of(KEPT, 2L), e.attributes());
    }

    @GraphTest
    void removingEveryAttributeLeavesAnEmptyMap(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("a", 1, "b", 2));
        assertTrue(e.remove("a"));
        assertTrue(e.remove("b"));
        assertEquals(Map.of(), e.attributes());
    }

    @GraphTest
    void removedAttributeCanBeSetAgain(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("k", 1));
        e.remove("k");
        e.set("k", "back");
        assertEquals(Map.of("k", "back"), e.attributes());
    }

    @GraphTest
    void mergeOnExistingElementKeepsOtherAttributes(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of(KEPT, "v", "k", 1));
        assertFalse(e.merge(Map.of("k", 2, "n", (short) 3)));
        assertEquals(Map.of(KEPT, "v", "k", 2L, "n", 3L), e.attributes());
    }

    @GraphTest
    void mergeOnMissingElementCreatesItWithTheAttributes(Fixture fixture) {
        Element e = element(fixture);
        assertTrue(e.merge(Map.of("k", 1, "f", 1.5f)));
        assertEquals(Map.of("k", 1L, "f", 1.5), e.attributes());
    }

    @GraphTest
    void bulkColumnsAreNormalized(Fixture fixture) {
        Element e = element(fixture);
        e.addOtherInBulk(
                Map.of(
                        "i",
                        cells(1),
                        "f",
                        cells(2.5f),
                        "s",
                        cells("x"),
                        "b",
                        cells(true),
                        "l",
                        cells(-1L)));
        assertEquals(Map.of("i", 1L, "f", 2.5, "s", "x", "b", true, "l", -1L), e.otherAttributes());
    }

    @GraphTest
    void bulkColumnsWithOnlyNullCellsGiveNoAttributes(Fixture fixture) {
        Element e = element(fixture);
        e.addOtherInBulk(Map.of("absent", cells((Object) null)));
        assertEquals(Map.of(), e.otherAttributes());
    }

    // ---- refused keys and values

    /**
     * Every way a value can reach the element; each must refuse it and leave the graph unchanged.
     */
    private static List<Executable> everyWrite(Element e, String key, Object value) {
        Map<String, Object> one = map(key, value);
        List<Executable> writes =
                new ArrayList<>(
                        List.of(
                                () -> e.set(key, value),
                                () -> e.update(one),
                                () -> e.update(map("fine", 1, key, value)),
                                () -> e.merge(one),
                                () -> e.mergeOther(one),
                                () -> e.addOther(one)));
        if (value != null) { // a null cell in a column means "no such attribute", not a null value
            Map<String, List<?>> column = new HashMap<>();
            column.put(key, cells(value));
            writes.add(() -> e.addOtherInBulk(column));
        }
        return writes;
    }

    /**
     * Asserts that every write of {@code value} under {@code key} is refused with an
     * IllegalArgumentException whose message names the key and contains each of {@code mention}.
     */
    static void assertRefused(Element e, String key, Object value, String... mention) {
        e.add(Map.of(KEPT, "v"));
        List<Executable> writes = everyWrite(e, key, value);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            int index = i;
            Executable write = writes.get(i);
            checks.add(
                    () -> {
                        IllegalArgumentException x =
                                Snapshot.assertFailsUnchanged(
                                        e.graph,
                                        IllegalArgumentException.class,
                                        write,
                                        "write #" + index);
                        String message = String.valueOf(x.getMessage());
                        assertTrue(
                                message.contains(key),
                                () ->
                                        "write #"
                                                + index
                                                + ": message does not name the key: "
                                                + message);
                        for (String m : mention) {
                            assertTrue(
                                    message.contains(m),
                                    () ->
                                            "write #"
                                                    + index
                                                    + ": message does not mention "
                                                    + m
                                                    + ": "
                                                    + message);
                        }
                    });
        }
        assertAll(checks);
        assertEquals(Map.of(KEPT, "v"), e.attributes());
    }

    @GraphTest
    void nullValueIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "nothing", null, "null");
    }

    @GraphTest
    void dateIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "when", TestData.date(), "java.util.Date");
    }

    @GraphTest
    void primitiveArrayIsRefused(Fixture fixture) {
        Object array = new int[] {1, 2};
        assertRefused(element(fixture), "numbers", array, array.getClass().getName());
    }

    @GraphTest
    void objectArrayIsRefused(Fixture fixture) {
        Object array = new String[] {"a"};
        assertRefused(element(fixture), "names", array, array.getClass().getName());
    }

    @GraphTest
    void characterIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "letter", 'c', "java.lang.Character");
    }

    @GraphTest
    void bigNumbersAreRefused(Fixture fixture) {
        assertRefused(element(fixture), "decimal", new BigDecimal("1.5"), "java.math.BigDecimal");
        assertRefused(element(fixture), "integer", BigInteger.TEN, "java.math.BigInteger");
    }

    @GraphTest
    void otherNumberTypesAreRefused(Fixture fixture) {
        assertRefused(
                element(fixture),
                "counter",
                new AtomicLong(1),
                "java.util.concurrent.atomic.AtomicLong");
    }

    @GraphTest
    void setIsRefused(Fixture fixture) {
        Object set = new java.util.HashSet<>(List.of(1));
        assertRefused(element(fixture), "tags", set, set.getClass().getName());
    }

    @GraphTest
    void otherObjectsAreRefused(Fixture fixture) {
        assertRefused(element(fixture), "enum", Capability.DIRECTED, "io.gli.Capability");
        assertRefused(element(fixture), "uuid", UUID.randomUUID(), "java.util.UUID");
        assertRefused(element(fixture), "object", new Object(), "java.lang.Object");
        assertRefused(element(fixture), "optional", Optional.of(1), "java.util.Optional");
        assertRefused(
                element(fixture),
                "builder",
                TestData.stringBuilder("x"),
                "java.lang.StringBuilder");
    }

    private static List<Executable> everyMapWrite(Element e, Map<String, Object> attributes) {
        return List.of(
                () -> e.update(attributes),
                () -> e.merge(attributes),
                () -> e.mergeOther(attributes),
                () -> e.addOther(attributes));
    }

    private static void assertMapRefused(
            Element e, Map<String, Object> attributes, String... mention) {
        e.add(Map.of(KEPT, "v"));
        assertAll(
                everyMapWrite(e, attributes).stream()
                        .<Executable>map(
                                write ->
                                        () -> {
                                            IllegalArgumentException x =
                                                    Snapshot.assertFailsUnchanged(
                                                            e.graph,
                                                            IllegalArgumentException.class,
                                                            write);
                                            for (String m : mention) {
                                                assertTrue(
                                                        String.valueOf(x.getMessage()).contains(m),
                                                        () ->
                                                                "message does not mention "
                                                                        + m
                                                                        + ": "
                                                                        + x.getMessage());
                                            }
                                        }));
        assertEquals(Map.of(KEPT, "v"), e.attributes());
    }

    @GraphTest
    void nullKeyInAttributeMapIsRefused(Fixture fixture) {
        assertMapRefused(element(fixture), map("fine", 1, null, 2), "key");
    }

    @GraphTest
    void emptyKeyInAttributeMapIsRefused(Fixture fixture) {
        assertMapRefused(element(fixture), map("fine", 1, "", 2), "key");
    }

    @GraphTest
    void nonStringKeyInAttributeMapIsRefused(Fixture fixture) {
        Map<Object, Object> raw = new LinkedHashMap<>();
        raw.put("fine", 1);
        raw.put(42, 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) (Map<?, ?>) raw;
        assertMapRefused(element(fixture), attributes, "java.lang.Integer");
    }

    @GraphTest
    void emptyColumnKeyIsRefused(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of());
        Snapshot.assertFailsUnchanged(
                e.graph,
                IllegalArgumentException.class,
                () -> e.addOtherInBulk(Map.of("", cells(1))));
    }

    /**
     * Asserts that every method taking a key refuses {@code key} with {@code type}, the writes
     * changing nothing.
     */
    private static void assertKeyArgumentRefused(
            Element e, String key, Class<? extends RuntimeException> type) {
        e.add(Map.of(KEPT, 1));
        assertAll(
                () ->
                        assertEachFailsUnchanged(
                                e.graph, type, () -> e.set(key, 1), () -> e.remove(key)),
                () -> assertThrows(type, () -> e.attribute(key)),
                () -> assertThrows(type, () -> e.getLong(key)),
                () -> assertThrows(type, () -> e.getDouble(key)),
                () -> assertThrows(type, () -> e.getString(key)),
                () -> assertThrows(type, () -> e.getBoolean(key)));
    }

    @GraphTest
    void nullKeyArgumentIsRefused(Fixture fixture) {
        assertKeyArgumentRefused(element(fixture), null, NullPointerException.class);
    }

    @GraphTest
    void emptyKeyArgumentIsRefused(Fixture fixture) {
        assertKeyArgumentRefused(element(fixture), "", IllegalArgumentException.class);
    }

    @GraphTest
    void nullAttributeMapIsRefused(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of(KEPT, 1));
        assertEachFailsUnchanged(
                e.graph,
                NullPointerException.class,
                () -> e.update(null),
                () -> e.merge(null),
                () -> e.mergeOther(null),
                () -> e.addOther(null),
                () -> e.addOtherInBulk(null));
    }

    @GraphTest
    void updateIsAllOrNothing(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("a", 1));
        Map<String, Object> attributes = map("a", 2, "b", 3, "bad", TestData.date(), "c", 4);
        Snapshot.assertFailsUnchanged(
                e.graph, IllegalArgumentException.class, () -> e.update(attributes));
        assertEquals(Map.of("a", 1L), e.attributes());
    }

    // ---- nested values

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void listsAreStoredWithNormalizedElements(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("list", List.of(1, (short) 2, 3L, 1.5f, 2.5, "s", true)));
        assertEquals(List.of(1L, 2L, 3L, 1.5, 2.5, "s", true), e.attribute("list").orElseThrow());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void mapsAreStoredWithNormalizedValues(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of());
        e.set("map", Map.of("i", 1, "f", 0.5f, "s", "x", "b", false));
        assertEquals(
                Map.of("i", 1L, "f", 0.5, "s", "x", "b", false), e.attribute("map").orElseThrow());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void emptyListsAndMapsAreValues(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("list", List.of(), "map", Map.of()));
        assertEquals(Map.of("list", List.of(), "map", Map.of()), e.attributes());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void deeplyMixedValuesRoundTrip(Fixture fixture) {
        Element e = element(fixture);
        Object value =
                List.of(
                        Map.of(
                                "xs",
                                List.of(1, 2, List.of(3)),
                                "m",
                                Map.of("deep", Map.of("n", (byte) 4))),
                        List.of(),
                        "tail",
                        Double.NaN);
        Object expected =
                List.of(
                        Map.of(
                                "xs",
                                List.of(1L, 2L, List.of(3L)),
                                "m",
                                Map.of("deep", Map.of("n", 4L))),
                        List.of(),
                        "tail",
                        Double.NaN);
        assertEquals(expected, e.roundTrip(value));
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void anyListOrMapImplementationIsAccepted(Fixture fixture) {
        Element e = element(fixture);
        Map<String, Object> tree = new TreeMap<>(Map.of("b", 2, "a", 1));
        @SuppressWarnings(
                "JdkObsolete") // a List that is not an ArrayList, to be copied as any list
        List<Integer> linked = new LinkedList<>(List.of(1, 2));
        e.add(Map.of("linked", linked, "arrays", Arrays.asList("x", "y"), "tree", tree));
        assertEquals(
                Map.of(
                        "linked",
                        List.of(1L, 2L),
                        "arrays",
                        List.of("x", "y"),
                        "tree",
                        Map.of("a", 1L, "b", 2L)),
                e.attributes());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void listElementOrderIsKept(Fixture fixture) {
        Element e = element(fixture);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            list.add((long) ((i * 31) % 500));
        }
        assertEquals(list, e.roundTrip(list));
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void sameListTwiceIsNotACycle(Fixture fixture) {
        Element e = element(fixture);
        List<Object> shared = new ArrayList<>(List.of(1, 2));
        Map<String, Object> twice = map("x", shared, "y", shared);
        assertEquals(
                List.of(
                        List.of(1L, 2L),
                        List.of(1L, 2L),
                        Map.of("x", List.of(1L, 2L), "y", List.of(1L, 2L))),
                e.roundTrip(List.of(shared, shared, twice)));
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void storedListIsACopyOfTheCallersList(Fixture fixture) {
        Element e = element(fixture);
        List<Object> inner = new ArrayList<>(List.of("a"));
        List<Object> outer = new ArrayList<>(List.of(inner, 1));
        e.add(Map.of());
        e.set("list", outer);
        outer.add("later");
        outer.set(1, 99);
        inner.add("b");
        assertEquals(List.of(List.of("a"), 1L), e.attribute("list").orElseThrow());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void storedMapIsACopyOfTheCallersMap(Fixture fixture) {
        Element e = element(fixture);
        Map<String, Object> inner = map("x", 1);
        Map<String, Object> outer = map("inner", inner, "n", 1);
        e.add(Map.of("map", outer));
        outer.put("n", 2);
        outer.remove("inner");
        inner.put("y", 2);
        assertEquals(Map.of("inner", Map.of("x", 1L), "n", 1L), e.attribute("map").orElseThrow());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nestedValuesPassedThroughEveryWriteAreCopied(Fixture fixture) {
        Element e = element(fixture);
        List<Object> a = new ArrayList<>(List.of(1));
        List<Object> b = new ArrayList<>(List.of(2));
        List<Object> c = new ArrayList<>(List.of(3));
        e.add(Map.of("a", a));
        e.update(Map.of("b", b));
        e.merge(Map.of("c", c));
        a.add(10);
        b.clear();
        c.set(0, "changed");
        assertEquals(Map.of("a", List.of(1L), "b", List.of(2L), "c", List.of(3L)), e.attributes());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void returnedNestedValuesAreUnmodifiable(Fixture fixture) {
        Element e = element(fixture);
        e.add(
                Map.of(
                        "list",
                        List.of(List.of(1), Map.of("k", List.of(2))),
                        "map",
                        Map.of("in", Map.of("k", 1))));
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) e.attribute("list").orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object> innerList = (List<Object>) list.get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> mapInList = (Map<String, Object>) list.get(1);
        @SuppressWarnings("unchecked")
        List<Object> listInMap = (List<Object>) mapInList.get("k");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) e.attributes().get("map");
        @SuppressWarnings("unchecked")
        Map<String, Object> innerMap = (Map<String, Object>) map.get("in");
        assertAll(
                () -> assertThrows(UnsupportedOperationException.class, () -> list.add(1)),
                () -> assertThrows(UnsupportedOperationException.class, () -> list.set(0, 1)),
                () -> assertThrows(UnsupportedOperationException.class, () -> list.remove(0)),
                () -> assertThrows(UnsupportedOperationException.class, () -> innerList.add(1)),
                () -> assertThrows(UnsupportedOperationException.class, () -> innerList.set(0, 5L)),
                () ->
                        assertThrows(
                                UnsupportedOperationException.class, () -> mapInList.put("x", 1)),
                () -> assertThrows(UnsupportedOperationException.class, () -> listInMap.add(1)),
                () -> assertThrows(UnsupportedOperationException.class, () -> map.put("x", 1)),
                () -> assertThrows(UnsupportedOperationException.class, () -> map.remove("in")),
                () -> assertThrows(UnsupportedOperationException.class, () -> innerMap.put("k", 2)),
                () -> assertThrows(UnsupportedOperationException.class, () -> innerMap.clear()));
        assertEquals(
                Map.of(
                        "list",
                        List.of(List.of(1L), Map.of("k", List.of(2L))),
                        "map",
                        Map.of("in", Map.of("k", 1L))),
                e.attributes());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void typedGettersRefuseNestedValues(Fixture fixture) {
        Element e = element(fixture);
        e.add(Map.of("list", List.of(1), "map", Map.of("k", 1)));
        AttributeTypeException list =
                assertThrows(AttributeTypeException.class, () -> e.getLong("list"));
        assertEquals("list", list.key());
        assertTrue(
                List.class.isAssignableFrom(list.actualType()),
                () -> "actualType " + list.actualType());
        assertEquals(Long.class, list.expectedType());
        AttributeTypeException m =
                assertThrows(AttributeTypeException.class, () -> e.getString("map"));
        assertTrue(
                Map.class.isAssignableFrom(m.actualType()), () -> "actualType " + m.actualType());
        assertEquals(String.class, m.expectedType());
        assertThrows(AttributeTypeException.class, () -> e.getDouble("list"));
        assertThrows(AttributeTypeException.class, () -> e.getBoolean("map"));
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nullInsideAListIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "list", cells(1, null, 3), "null");
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nullValueInsideANestedMapIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "map", map("ok", 1, "missing", null), "null");
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void unsupportedTypeInsideAListIsRefused(Fixture fixture) {
        assertRefused(
                element(fixture), "list", List.of(1, List.of(TestData.date())), "java.util.Date");
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void unsupportedTypeInsideAMapIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "map", Map.of("c", 'c'), "java.lang.Character");
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void setInsideAListIsRefused(Fixture fixture) {
        Object set = Set.of("a");
        assertRefused(element(fixture), "list", List.of(set), set.getClass().getName());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nonStringKeyInANestedMapIsRefused(Fixture fixture) {
        assertRefused(element(fixture), "map", Map.of(1, "one"), "java.lang.Integer");
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nonStringKeyDeepInsideIsRefused(Fixture fixture) {
        assertRefused(
                element(fixture),
                "deep",
                List.of(Map.of("ok", Map.of(2.5, "x"))),
                "java.lang.Double");
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nullKeyInANestedMapIsRefused(Fixture fixture) {
        Map<Object, Object> inner = new HashMap<>();
        inner.put(null, 1);
        assertRefused(element(fixture), "map", inner);
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void listContainingItselfIsRefused(Fixture fixture) {
        List<Object> list = new ArrayList<>();
        list.add(1);
        list.add(list);
        assertRefused(element(fixture), "loop", list);
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void mapContainingItselfIsRefused(Fixture fixture) {
        Map<String, Object> map = new HashMap<>();
        map.put("self", map);
        assertRefused(element(fixture), "loop", map);
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void indirectCycleIsRefused(Fixture fixture) {
        List<Object> a = new ArrayList<>();
        Map<String, Object> b = new HashMap<>();
        a.add(b);
        b.put("back", a);
        assertRefused(element(fixture), "cycle", a);
    }

    /** A way to nest values, each test of the nesting limit run with every one. */
    enum Nesting {
        LISTS,
        MAPS,
        LISTS_AND_MAPS;

        /** A value of this nesting, {@code depth} levels deep around {@code leaf}. */
        Object nest(int depth, Object leaf) {
            return switch (this) {
                case LISTS -> TestData.nestedList(depth, leaf);
                case MAPS -> TestData.nestedMap(depth, leaf);
                case LISTS_AND_MAPS -> TestData.nestedMixed(depth, leaf);
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    @GraphTestForEach(Nesting.class)
    @Requires(Capability.NESTED_VALUES)
    void valuesNestedToTheLimitAreAccepted(Fixture fixture, Nesting nesting) {
        Element e = element(fixture);
        Object stored = e.roundTrip(nesting.nest(Graph.MAX_NESTING, 1));
        assertEquals(nesting.nest(Graph.MAX_NESTING, 1L), stored);
    }

    @GraphTestForEach(Nesting.class)
    @Requires(Capability.NESTED_VALUES)
    void valuesNestedBeyondTheLimitAreRefused(Fixture fixture, Nesting nesting) {
        assertRefused(
                element(fixture),
                "deep",
                nesting.nest(Graph.MAX_NESTING + 1, 1),
                String.valueOf(Graph.MAX_NESTING));
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nanInsideNestedValuesComparesEqual(Fixture fixture) {
        Element e = element(fixture);
        e.add(
                Map.of(
                        "list",
                        List.of(Double.NaN, Float.NaN),
                        "map",
                        Map.of("x", Double.POSITIVE_INFINITY)));
        assertEquals(
                Map.of(
                        "list",
                        List.of(Double.NaN, Double.NaN),
                        "map",
                        Map.of("x", Double.POSITIVE_INFINITY)),
                e.attributes());
    }
}
