package io.gli.io;

import io.gli.BackendInfo;
import io.gli.Backends;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random graphs for the round-trip property tests of every format: hostile IDs and keys (of the
 * characters a format can carry), every value type with its extremes, columns of one type and of
 * mixed types, self-loops, isolated nodes, and both directions. {@link GraphData} is the recipe;
 * {@link GraphData#build} makes it on a backend.
 */
final class RandomGraphs {
    /** Which characters IDs, keys and strings are drawn from. */
    enum Chars {
        /**
         * Any Java string: NUL, controls, unpaired surrogates (binary snapshot, node-link JSON).
         */
        ANY,
        /** Well-formed Unicode, controls included (CSV, TSV: UTF-8 text). */
        UNICODE,
        /** What XML 1.0 can carry: no controls but tab, newline and return (GraphML). */
        XML
    }

    /** Whether values include lists and maps. */
    enum Values {
        SCALARS,
        NESTED
    }

    private RandomGraphs() {}

    /** The names of the backends on the test class path: every property runs on each. */
    static List<String> backends() {
        List<String> names = new ArrayList<>();
        for (BackendInfo info : Backends.available()) {
            names.add(info.name());
        }
        return names;
    }

    /** A graph as data: what to build and what a round trip must give back. */
    record GraphData(
            boolean directed,
            List<String> nodes,
            List<Map<String, Object>> nodeAttributes,
            List<String> sources,
            List<String> targets,
            List<Map<String, Object>> edgeAttributes) {

        /** The graph on {@code backend}, built with single adds in order. */
        Graph build(String backend) {
            Graph graph =
                    directed
                            ? Graph.builder().backend(backend).directed().open()
                            : Graph.builder().backend(backend).undirected().open();
            for (int i = 0; i < nodes.size(); i++) {
                graph.addNode(nodes.get(i), nodeAttributes.get(i));
            }
            for (int i = 0; i < sources.size(); i++) {
                graph.addEdge(sources.get(i), targets.get(i), edgeAttributes.get(i));
            }
            return graph;
        }
    }

    /** Random graphs of up to {@code maxNodes} nodes. */
    static Arbitrary<GraphData> graphs(Chars chars, Values values, int maxNodes) {
        Arbitrary<String> text = text(chars);
        Arbitrary<List<String>> ids = text.list().ofMaxSize(maxNodes).uniqueElements();
        Arbitrary<List<Column>> keys =
                Combinators.combine(text, kinds(values))
                        .as(Column::new)
                        .list()
                        .ofMaxSize(4)
                        .uniqueElements(Column::key);
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        ids,
                        keys,
                        keys,
                        Arbitraries.longs().withoutEdgeCases(),
                        Arbitraries.integers().between(0, 3 * maxNodes))
                .as(
                        (directed, nodes, nodeKeys, edgeKeys, seed, edgeCount) ->
                                make(directed, nodes, nodeKeys, edgeKeys, seed, edgeCount, chars));
    }

    /** How one key's values are drawn: of one type, or of any. */
    private enum Kind {
        BOOLEAN,
        LONG,
        DOUBLE,
        STRING,
        NESTED,
        MIXED
    }

    private record Column(String key, Kind kind) {}

    private static Arbitrary<Kind> kinds(Values values) {
        return values == Values.NESTED
                ? Arbitraries.of(Kind.values())
                : Arbitraries.of(Kind.BOOLEAN, Kind.LONG, Kind.DOUBLE, Kind.STRING, Kind.MIXED);
    }

    /** Strings of the given characters, biased to the hostile ones. */
    static Arbitrary<String> text(Chars chars) {
        Arbitrary<Character> hostile =
                switch (chars) {
                    case ANY ->
                            Arbitraries.of(
                                    ',', '"', '\'', '\n', '\r', '\t', ' ', '#', '<', '&', '\\', '{',
                                    '\u0000', '\u0007', '\u00e9', '\u4e2d', '\ud800', '\udfff',
                                    '\ufeff', '\uffff');
                    case UNICODE ->
                            Arbitraries.of(
                                    ',', '"', '\'', '\n', '\r', '\t', ' ', '#', '<', '&', '\\', '{',
                                    '\u0000', '\u0007', '\u00e9', '\u4e2d', '\ufeff', '\u2028');
                    case XML ->
                            Arbitraries.of(
                                    ',', '"', '\'', '\n', '\r', '\t', ' ', '#', '<', '>', '&', ']',
                                    '\\', '{', '\u00e9', '\u4e2d', '\u2028');
                };
        Arbitrary<String> plain =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> odd = hostile.list().ofMinSize(1).ofMaxSize(4).map(RandomGraphs::join);
        Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "a\ud83c\udf0db", "\u00e9t\u00e9");
        Arbitrary<String> any =
                Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(3, odd), Tuple.of(1, emoji));
        return Combinators.combine(any, any).as((a, b) -> a + b).filter(s -> valid(s, chars));
    }

    private static String join(List<Character> chars) {
        StringBuilder text = new StringBuilder();
        for (char c : chars) {
            text.append(c);
        }
        return text.toString();
    }

    /** XML and UTF-8 carry no unpaired surrogate; the filter keeps pairs the joins made. */
    private static boolean valid(String s, Chars chars) {
        if (chars == Chars.ANY) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static GraphData make(
            boolean directed,
            List<String> nodes,
            List<Column> nodeKeys,
            List<Column> edgeKeys,
            long seed,
            int edgeCount,
            Chars chars) {
        java.util.Random random = new java.util.Random(seed);
        List<Map<String, Object>> nodeAttributes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodeAttributes.add(attributes(nodeKeys, random, chars));
        }
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<Map<String, Object>> edgeAttributes = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < edgeCount && !nodes.isEmpty(); i++) {
            String s = nodes.get(random.nextInt(nodes.size()));
            String t = nodes.get(random.nextInt(nodes.size()));
            if (seen.add(List.of(s, t)) && (directed || seen.add(List.of(t, s)) || s.equals(t))) {
                sources.add(s);
                targets.add(t);
                edgeAttributes.add(attributes(edgeKeys, random, chars));
            }
        }
        return new GraphData(directed, nodes, nodeAttributes, sources, targets, edgeAttributes);
    }

    private static Map<String, Object> attributes(
            List<Column> keys, java.util.Random random, Chars chars) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Column column : keys) {
            if (random.nextInt(10) < 6) {
                attributes.put(column.key(), value(column.kind(), random, chars, 0));
            }
        }
        return attributes;
    }

    private static final Object[] EXTREMES = {
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        0L,
        -1L,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        -0.0,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        0.1,
        1e300,
        "",
        " ",
        "true",
        "12",
        "1.5",
        "null",
        true,
        false
    };

    private static final String[] STRINGS = {
        "plain",
        "a,b",
        "quote\"d",
        "line\nbreak",
        "tab\there",
        "#comment",
        "<tag>&amp;",
        "\u00e9t\u00e9",
        "\ud83d\ude00",
        "",
        "12",
        "true",
        "NaN",
        "{\"json\":1}",
        "cr\rlf"
    };

    private static Object value(Kind kind, java.util.Random random, Chars chars, int depth) {
        switch (kind) {
            case BOOLEAN:
                return random.nextBoolean();
            case LONG:
                return random.nextInt(4) == 0
                        ? (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE)
                        : (long) random.nextInt(2000) - 1000;
            case DOUBLE:
                return random.nextInt(4) == 0
                        ? new double[] {
                                    Double.NaN,
                                    -0.0,
                                    Double.MIN_VALUE,
                                    1e300,
                                    Double.NEGATIVE_INFINITY
                                }
                                [random.nextInt(5)]
                        : random.nextGaussian() * 1000;
            case STRING:
                return STRINGS[random.nextInt(STRINGS.length)];
            case NESTED:
                if (depth >= 3 || random.nextBoolean()) {
                    List<Object> list = new ArrayList<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        list.add(
                                value(
                                        depth >= 2 ? Kind.MIXED : Kind.NESTED,
                                        random,
                                        chars,
                                        depth + 1));
                    }
                    return list;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(
                            STRINGS[random.nextInt(STRINGS.length)] + i,
                            value(Kind.MIXED, random, chars, depth + 1));
                }
                return map;
            case MIXED:
            default:
                Object extreme = EXTREMES[random.nextInt(EXTREMES.length)];
                return extreme;
        }
    }
}
