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
import java.util.regex.Pattern;

/** Small builders shared by the TCK's test classes. */
final class TestData {
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
     * Adds the edges, in order, without attributes: {@code edges} lists them as {@code
     * source->target} separated by spaces, so {@code withEdges(graph, "a->b b->c")} adds a to b,
     * then b to c (in that orientation, on an undirected graph too).
     */
    static Graph withEdges(Graph graph, String edges) {
        for (String edge : SPACES.splitAsStream(edges.trim()).toList()) {
            int arrow = edge.indexOf("->");
            if (arrow <= 0 || arrow + 2 >= edge.length()) {
                throw new IllegalArgumentException("not source->target: " + edge);
            }
            graph.addEdge(edge.substring(0, arrow), edge.substring(arrow + 2));
        }
        return graph;
    }

    /**
     * Makes {@code graph} nodes a, b and c with the edge b to c, left after removing the edge a to
     * b, which came first, with attribute old=1: the state in which a re-added edge must start
     * afresh and go last.
     */
    static Graph withFirstEdgeRemoved(Graph graph) {
        withNodes(graph, "a", "b", "c");
        graph.addEdge("a", "b", Map.of("old", 1));
        graph.addEdge("b", "c");
        graph.removeEdge("a", "b");
        return graph;
    }

    /**
     * Removes the edge named {@code source} to {@code target} and adds it again under that name: on
     * an undirected graph holding it as target to source, the re-added edge takes the new
     * orientation.
     */
    static void removeAndAddAgain(Graph graph, String source, String target) {
        graph.removeEdge(source, target);
        graph.addEdge(source, target);
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

    /**
     * A value nested {@code depth} levels deep with {@code leaf} at the bottom, lists and maps
     * (under key "k") alternating from a list around the leaf.
     */
    static Object nestedMixed(int depth, Object leaf) {
        Object value = leaf;
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? List.of(value) : Map.of("k", value);
        }
        return value;
    }
}
