package io.gli.tck;

import io.gli.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Small builders shared by the TCK's test classes. */
final class TestData {
    private TestData() {}

    /**
     * A mutable map from alternating keys and values; unlike {@link Map#of} it accepts null keys
     * and values, so tests can hand the graph exactly what they mean to refuse.
     */
    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments");
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) (Map<?, ?>) out;
        return typed;
    }

    /** A mutable list that may hold nulls: an attribute column with absent cells. */
    static List<Object> cells(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /**
     * A {@link Date}: a value of a type the graph refuses as an attribute value, which the refusal
     * must name ({@code java.util.Date}). The epoch, so that every run hands the same value.
     */
    @SuppressWarnings("JavaUtilDate") // the legacy type is the point: the graph must refuse it
    static Object date() {
        return new Date(0);
    }

    /**
     * A {@link StringBuilder} holding {@code text}: a mutable character sequence, which the graph
     * refuses as an attribute value (and as a key) although it reads like a string.
     */
    @SuppressWarnings("UnnecessaryStringBuilder") // a builder, not its string, is what is refused
    static Object stringBuilder(String text) {
        return new StringBuilder(text);
    }

    /** A predicate that adds everything it is asked about to {@code seen} and matches nothing. */
    static <T> Predicate<T> recordingAndMatchingNone(Collection<? super T> seen) {
        return element -> {
            seen.add(element);
            return false;
        };
    }

    /** Adds the nodes, in order, without attributes. */
    static Graph withNodes(Graph graph, String... ids) {
        for (String id : ids) {
            graph.addNode(id);
        }
        return graph;
    }

    /**
     * A list nested {@code depth} levels deep with {@code leaf} at the bottom: depth 1 is {@code
     * [leaf]}.
     */
    static List<Object> nestedList(int depth, Object leaf) {
        List<Object> value = new ArrayList<>(List.of(leaf));
        for (int i = 1; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(value);
            value = outer;
        }
        return value;
    }

    /** A map nested {@code depth} levels deep under key "k" with {@code leaf} at the bottom. */
    static Map<String, Object> nestedMap(int depth, Object leaf) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("k", leaf);
        for (int i = 1; i < depth; i++) {
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put("k", value);
            value = outer;
        }
        return value;
    }
}
