package io.gli.tck;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The hostile inputs the {@link HostileInputCatalogue} tries, by kind of parameter. Each input has
 * a label, used in failure messages instead of the value: some of these values cannot be printed (a
 * list nested a hundred thousand deep overflows the stack of {@code toString}). Each list is built
 * once: the inputs are never changed, and building some (that deep list) is not free.
 */
final class HostileInputs {
    private HostileInputs() {}

    /**
     * An input, its label, and for an input that must be refused a fragment the message must
     * contain (null for a valid input).
     */
    record Input(String label, Object value, String expected) {
        Input(String label, Object value) {
            this(label, value, null);
        }
    }

    /** One million characters: an ID, key or value far larger than any a backend expects. */
    static final String HUGE = "h".repeat(1_000_000);

    /**
     * Valid IDs that no sample graph holds: unusual characters of every kind, and a huge one. A
     * call that reads them must report them missing by their exact value; one that adds them must
     * keep them exactly.
     */
    static final List<Input> UNKNOWN_IDS =
            List.of(
                    new Input("arrow", "->"),
                    new Input("edge-like", "a->b"),
                    new Input("space", " "),
                    new Input("tab", "\t"),
                    new Input("newline", "line\nbreak"),
                    new Input("NUL", "\u0000"),
                    new Input("escape sequence", "\u001b[31mred"),
                    new Input("emoji", "\uD83D\uDE00"),
                    new Input("combining", "e\u0301"),
                    new Input("right-to-left", "\u05e9\u05dc\u05d5\u05dd"),
                    new Input("byte order mark", "\uFEFF"),
                    new Input("lone high surrogate", "\uD800"),
                    new Input("lone low surrogate", "x\uDC00"),
                    new Input("quotes", "\"'"),
                    new Input("format string", "%s%n"),
                    new Input("huge", HUGE));

    /**
     * Keys that are valid however odd, five of the unknown IDs; reads find nothing under them,
     * writes keep them.
     */
    static final List<Input> ODD_KEYS =
            Stream.of("NUL", "arrow", "space", "emoji", "huge")
                    .map(HostileInputs::unknownId)
                    .map(id -> new Input(id.label() + " key", id.value()))
                    .toList();

    private static Input unknownId(String label) {
        return UNKNOWN_IDS.stream()
                .filter(id -> id.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    /** Values of types the contract does not store, at the top level. */
    static final List<Input> UNSUPPORTED_VALUES =
            List.of(
                    new Input("Object", new Object()),
                    new Input("Character", 'c'),
                    new Input("int[]", new int[] {1}),
                    new Input("BigDecimal", BigDecimal.ONE),
                    new Input("BigInteger", BigInteger.TEN),
                    new Input("AtomicLong", new AtomicLong(1)),
                    new Input("Set", Set.of(1)),
                    new Input("Optional", Optional.of(1)),
                    new Input("StringBuilder", TestData.stringBuilder("sb")),
                    new Input("Date", TestData.date()),
                    new Input("enum", Thread.State.NEW));

    /**
     * Values of supported types that are extreme, but valid: they must be stored and read back
     * exactly.
     */
    static final List<Input> EXTREME_SCALARS =
            List.of(
                    new Input("NaN", Double.NaN),
                    new Input("+infinity", Double.POSITIVE_INFINITY),
                    new Input("-infinity", Double.NEGATIVE_INFINITY),
                    new Input("-0.0", -0.0),
                    new Input("Float NaN", Float.NaN),
                    new Input("Float infinity", Float.NEGATIVE_INFINITY),
                    new Input("smallest double", Double.MIN_VALUE),
                    new Input("Long.MIN_VALUE", Long.MIN_VALUE),
                    new Input("Long.MAX_VALUE", Long.MAX_VALUE),
                    new Input("empty string", ""),
                    new Input("huge string", HUGE),
                    new Input("control characters", "\u0000\u0007\u001b"));

    /** The stored form of an extreme scalar: Float widened to Double. */
    static Object stored(Object value) {
        return value instanceof Float f ? (Object) f.doubleValue() : value;
    }

    /** Lists and maps the contract refuses: cycles, nesting too deep, bad elements and keys. */
    static final List<Input> BAD_COLLECTIONS = makeBadCollections();

    private static List<Input> makeBadCollections() {
        List<Object> selfList = new ArrayList<>();
        selfList.add(1);
        selfList.add(selfList);
        Map<String, Object> selfMap = new HashMap<>();
        selfMap.put("me", selfMap);
        Map<String, Object> indirect = new HashMap<>();
        indirect.put("list", new ArrayList<>(List.of(indirect)));
        Map<Object, Object> intKey = new HashMap<>();
        intKey.put(7, "x");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        return List.of(
                new Input("list containing itself", selfList, "contains itself"),
                new Input("map containing itself", selfMap, "contains itself"),
                new Input("map containing itself through a list", indirect, "contains itself"),
                new Input(
                        "list nested one level too deep",
                        TestData.nestedList(io.gli.Graph.MAX_NESTING + 1, 1),
                        "deeper than " + io.gli.Graph.MAX_NESTING),
                new Input(
                        "map nested one level too deep",
                        TestData.nestedMap(io.gli.Graph.MAX_NESTING + 1, 1),
                        "deeper than " + io.gli.Graph.MAX_NESTING),
                new Input(
                        "list nested 100,000 deep",
                        TestData.nestedList(100_000, 1),
                        "deeper than " + io.gli.Graph.MAX_NESTING),
                new Input("list holding an Object", List.of(new Object()), "java.lang.Object"),
                new Input("map with an Integer key", intKey, "java.lang.Integer"),
                new Input("list holding null", withNull, "null"),
                new Input("map holding a Set", Map.of("s", Set.of(1)), "java.util."));
    }

    /** Lists and maps at the edge of what is allowed: they must be stored and read back exactly. */
    static final List<Input> EXTREME_COLLECTIONS =
            List.of(
                    new Input(
                            "list nested " + io.gli.Graph.MAX_NESTING + " deep",
                            TestData.nestedList(io.gli.Graph.MAX_NESTING, "leaf")),
                    new Input(
                            "map nested " + io.gli.Graph.MAX_NESTING + " deep",
                            TestData.nestedMap(io.gli.Graph.MAX_NESTING, 1.5)),
                    new Input("empty list", List.of()),
                    new Input("empty map", Map.of()),
                    new Input(
                            "list of NaN and infinities",
                            List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0)),
                    new Input("map with odd keys", Map.of("", 1, "\u0000", 2, HUGE, 3)),
                    new Input("100,000 elements", java.util.Collections.nCopies(100_000, 7L)));
}
