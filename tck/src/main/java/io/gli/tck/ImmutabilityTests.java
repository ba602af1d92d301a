package io.gli.tck;

import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.Node;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * Returned values: every list and map the graph returns is immutable (each mutator throws {@link
 * UnsupportedOperationException} and the graph is untouched) and is a snapshot (it does not change
 * when the graph is written to afterwards), down to the attribute maps inside {@link Edge}s and
 * {@link Node}s and nested attribute values.
 */
public class ImmutabilityTests {

    /** Every way of changing a list; the list may be empty. */
    @SuppressWarnings("unchecked")
    static void assertUnmodifiable(List<?> list, Object element, String what) {
        List<Object> l = (List<Object>) list;
        List<Executable> attempts =
                new ArrayList<>(
                        List.of(
                                () -> l.add(element),
                                () -> l.add(0, element),
                                () -> l.addAll(List.of(element)),
                                () -> l.addAll(0, List.of(element))));
        if (!l.isEmpty()) {
            attempts.addAll(
                    List.of(
                            () -> l.set(0, element),
                            () -> l.remove(0),
                            () -> l.remove(l.get(0)),
                            () -> l.removeIf(x -> true),
                            () -> l.removeAll(List.of(l.get(0))),
                            () -> l.retainAll(List.of()),
                            () -> l.clear(),
                            () -> l.replaceAll(x -> element),
                            () -> l.sort(null),
                            () -> l.subList(0, 1).clear(),
                            () -> {
                                Iterator<Object> it = l.iterator();
                                it.next();
                                it.remove();
                            },
                            () -> {
                                ListIterator<Object> it = l.listIterator();
                                it.next();
                                it.set(element);
                            }));
        }
        List<Object> before = List.copyOf(l);
        assertEveryAttemptRefused(attempts, what);
        assertEquals(before, l, what + " changed");
    }

    private static void assertEveryAttemptRefused(List<Executable> attempts, String what) {
        assertAll(
                attempts.stream()
                        .<Executable>map(
                                attempt ->
                                        () ->
                                                assertThrows(
                                                        UnsupportedOperationException.class,
                                                        attempt,
                                                        what + " can be changed")));
    }

    /** Every way of changing a map; the map may be empty. */
    @SuppressWarnings("unchecked")
    static void assertUnmodifiable(Map<String, ?> map, String what) {
        Map<String, Object> m = (Map<String, Object>) map;
        List<Executable> attempts =
                new ArrayList<>(
                        List.of(
                                () -> m.put("new key", 1L),
                                () -> m.putAll(Map.of("new key", 1L)),
                                () -> m.putIfAbsent("new key", 1L),
                                () -> m.computeIfAbsent("new key", k -> 1L),
                                () -> m.merge("new key", 1L, (a, b) -> b)));
        if (!m.isEmpty()) {
            String key = m.keySet().iterator().next();
            attempts.addAll(
                    List.of(
                            () -> m.put(key, "replaced"),
                            () -> m.remove(key),
                            () -> m.clear(),
                            () -> m.replace(key, "replaced"),
                            () -> m.replaceAll((k, v) -> "replaced"),
                            () -> m.compute(key, (k, v) -> null),
                            () -> m.keySet().remove(key),
                            () -> m.values().clear(),
                            () -> m.entrySet().iterator().next().setValue("replaced"),
                            () -> {
                                Iterator<String> it = m.keySet().iterator();
                                it.next();
                                it.remove();
                            }));
        }
        Map<String, Object> before = Map.copyOf(m);
        assertEveryAttemptRefused(attempts, what);
        assertEquals(before, m, what + " changed");
    }

    /** Nodes a, b, c with attributes on a; edges a-b (with attributes) and b-c. */
    private static Graph sample(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("name", "A", "n", 1));
        graph.addNode("b");
        graph.addNode("c");
        graph.addEdge("a", "b", Map.of("w", 1.5));
        graph.addEdge("b", "c");
        return graph;
    }

    // ---- unmodifiable

    @GraphTest
    void nodeAndEdgeListsAreUnmodifiable(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        assertUnmodifiable(graph.nodes(), "x", "nodes()");
        assertUnmodifiable(graph.edges(), new Edge("c", "a"), "edges()");
        before.assertUnchanged(graph);
    }

    @GraphTest
    void emptyListsAreUnmodifiable(Fixture fixture) {
        Graph graph = fixture.open();
        assertUnmodifiable(graph.nodes(), "x", "nodes() of an empty graph");
        assertUnmodifiable(graph.edges(), new Edge("x", "y"), "edges() of an empty graph");
        graph.addNode("alone");
        assertUnmodifiable(graph.successors("alone"), "x", "successors() of an isolated node");
        assertUnmodifiable(graph.predecessors("alone"), "x", "predecessors() of an isolated node");
        assertUnmodifiable(graph.neighbors("alone"), "x", "neighbors() of an isolated node");
        assertUnmodifiable(graph.nodeAttributes("alone"), "nodeAttributes() of a bare node");
        assertUnmodifiable(
                graph.findNodes(Map.of("no", "match")), "x", "findNodes() with no match");
        assertEquals(List.of("alone"), graph.nodes());
    }

    @GraphTest
    void adjacencyListsAreUnmodifiable(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        assertUnmodifiable(graph.successors("a"), "c", "successors()");
        assertUnmodifiable(graph.predecessors("b"), "c", "predecessors()");
        assertUnmodifiable(graph.neighbors("b"), "b", "neighbors()");
        before.assertUnchanged(graph);
        assertEquals(List.of("b"), graph.successors("a"));
    }

    @GraphTest
    void attributeMapsAreUnmodifiable(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        assertUnmodifiable(graph.nodeAttributes("a"), "nodeAttributes()");
        assertUnmodifiable(graph.edgeAttributes("a", "b"), "edgeAttributes()");
        assertUnmodifiable(graph.edgeAttributes("b", "c"), "edgeAttributes() of a bare edge");
        assertUnmodifiable(graph.edges().get(0).attributes(), "Edge.attributes() from edges()");
        before.assertUnchanged(graph);
    }

    @GraphTest
    void queryResultsAndTheirElementsAreUnmodifiable(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        assertUnmodifiable(graph.findNodes(n -> true), "x", "findNodes(predicate)");
        assertUnmodifiable(graph.findNodes(Map.of()), "x", "findNodes(map)");
        assertUnmodifiable(graph.findEdges(e -> true), new Edge("c", "a"), "findEdges(predicate)");
        assertUnmodifiable(graph.findEdges(Map.of()), new Edge("c", "a"), "findEdges(map)");
        assertUnmodifiable(
                graph.findEdges(Map.of("w", 1.5)).get(0).attributes(),
                "Edge.attributes() from findEdges()");
        List<Node> seen = new ArrayList<>();
        List<Edge> seenEdges = new ArrayList<>();
        graph.findNodes(seen::add);
        graph.findEdges(seenEdges::add);
        assertUnmodifiable(seen.get(0).attributes(), "Node.attributes() given to a predicate");
        assertUnmodifiable(seenEdges.get(0).attributes(), "Edge.attributes() given to a predicate");
        before.assertUnchanged(graph);
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nestedValuesAreUnmodifiable(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.setNodeAttribute("a", "list", List.of(1, List.of(2), Map.of("k", 3)));
        graph.setEdgeAttribute("a", "b", "map", Map.of("inner", Map.of("k", List.of(4))));
        Snapshot before = Snapshot.of(graph);
        List<?> list = (List<?>) graph.nodeAttribute("a", "list").orElseThrow();
        assertUnmodifiable(list, 9L, "a list value");
        assertUnmodifiable((List<?>) list.get(1), 9L, "a list inside a list value");
        @SuppressWarnings("unchecked")
        Map<String, ?> inList = (Map<String, ?>) list.get(2);
        assertUnmodifiable(inList, "a map inside a list value");
        @SuppressWarnings("unchecked")
        Map<String, ?> map = (Map<String, ?>) graph.edgeAttributes("a", "b").get("map");
        assertUnmodifiable(map, "a map value");
        @SuppressWarnings("unchecked")
        Map<String, ?> inner = (Map<String, ?>) map.get("inner");
        assertUnmodifiable(inner, "a map inside a map value");
        assertUnmodifiable((List<?>) inner.get("k"), 9L, "a list inside a map inside a map value");
        @SuppressWarnings("unchecked")
        Map<String, ?> fromEdges = (Map<String, ?>) graph.edges().get(0).attributes().get("map");
        assertUnmodifiable(fromEdges, "a map value from edges()");
        before.assertUnchanged(graph);
    }

    // ---- snapshots

    @GraphTest
    @Requires(Capability.REMOVAL)
    void nodeListIsASnapshot(Fixture fixture) {
        Graph graph = sample(fixture);
        List<String> nodes = graph.nodes();
        graph.addNode("d");
        graph.removeNode("a");
        graph.mergeNode("e", Map.of());
        assertEquals(List.of("a", "b", "c"), nodes);
        assertEquals(List.of("b", "c", "d", "e"), graph.nodes());
    }

    @GraphTest
    void nodeListIsASnapshotOfAGrowingGraph(Fixture fixture) {
        Graph graph = fixture.open();
        List<List<String>> taken = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            taken.add(graph.nodes());
            graph.addNode("n" + i);
        }
        for (int i = 0; i < 40; i++) {
            assertEquals(i, taken.get(i).size(), "snapshot taken with " + i + " nodes");
        }
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void edgeListIsASnapshot(Fixture fixture) {
        Graph graph = sample(fixture);
        List<Edge> edges = graph.edges();
        graph.addEdge("c", "a");
        graph.setEdgeAttribute("a", "b", "w", 2.5);
        graph.setEdgeAttribute("b", "c", "new", true);
        graph.removeEdge("b", "c");
        assertEquals(List.of(new Edge("a", "b", Map.of("w", 1.5)), new Edge("b", "c")), edges);
    }

    @GraphTest
    void edgeAttributesInsideAnEdgeListAreSnapshots(Fixture fixture) {
        Graph graph = sample(fixture);
        Edge edge = graph.edges().get(0);
        Edge found = graph.findEdges(Map.of("w", 1.5)).get(0);
        graph.updateEdgeAttributes("a", "b", Map.of("w", 3, "x", "y"));
        graph.removeEdgeAttribute("a", "b", "w");
        assertEquals(Map.of("w", 1.5), edge.attributes());
        assertEquals(Map.of("w", 1.5), found.attributes());
        assertEquals(Map.of("x", "y"), graph.edges().get(0).attributes());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void adjacencyListsAreSnapshots(Fixture fixture) {
        Graph graph = sample(fixture);
        List<String> successors = graph.successors("a");
        List<String> predecessors = graph.predecessors("c");
        List<String> neighbors = graph.neighbors("b");
        graph.addNode("d");
        graph.addEdge("a", "d");
        graph.addEdge("d", "c");
        graph.addEdge("d", "b");
        graph.removeEdge("a", "b");
        assertEquals(List.of("b"), successors);
        assertEquals(List.of("b"), predecessors);
        assertEquals(neighborsOfB(fixture), neighbors);
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void adjacencyListsSurviveTheRemovalOfTheirNode(Fixture fixture) {
        Graph graph = sample(fixture);
        List<String> neighbors = graph.neighbors("b");
        graph.removeNode("b");
        assertEquals(neighborsOfB(fixture), neighbors);
    }

    /**
     * In {@link #sample}: successors first on a directed graph, edge order on an undirected one.
     */
    private static List<String> neighborsOfB(Fixture fixture) {
        return fixture.directed() ? List.of("c", "a") : List.of("a", "c");
    }

    @GraphTest
    void attributeMapsAreSnapshots(Fixture fixture) {
        Graph graph = sample(fixture);
        Map<String, Object> node = graph.nodeAttributes("a");
        Map<String, Object> edge = graph.edgeAttributes("a", "b");
        Map<String, Object> bare = graph.nodeAttributes("b");
        graph.setNodeAttribute("a", "n", 2);
        graph.updateNodeAttributes("a", Map.of("extra", true));
        graph.removeNodeAttribute("a", "name");
        graph.setEdgeAttribute("a", "b", "w", 0.0);
        graph.mergeEdge("a", "b", Map.of("m", 1));
        graph.setNodeAttribute("b", "now", "set");
        assertEquals(Map.of("name", "A", "n", 1L), node);
        assertEquals(Map.of("w", 1.5), edge);
        assertEquals(Map.of(), bare);
    }

    @GraphTest
    void queryResultsAreSnapshots(Fixture fixture) {
        Graph graph = sample(fixture);
        List<String> found = graph.findNodes(n -> true);
        List<Node> seen = new ArrayList<>();
        graph.findNodes(seen::add);
        graph.addNode("d");
        graph.setNodeAttribute("a", "n", 5);
        assertEquals(List.of("a", "b", "c"), found);
        Node a = seen.stream().filter(n -> n.id().equals("a")).findFirst().orElseThrow();
        assertEquals(Map.of("name", "A", "n", 1L), a.attributes());
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nestedValuesAreSnapshots(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.setNodeAttribute("a", "list", List.of(1, 2));
        Object list = graph.nodeAttribute("a", "list").orElseThrow();
        Map<String, Object> attributes = graph.nodeAttributes("a");
        graph.setNodeAttribute("a", "list", List.of(3));
        graph.removeNodeAttribute("a", "list");
        assertEquals(List.of(1L, 2L), list);
        assertEquals(List.of(1L, 2L), attributes.get("list"));
    }

    @GraphTest
    void changingTheCallersArgumentsLaterChangesNothing(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> ids = new ArrayList<>(List.of("a", "b"));
        Map<String, Object> attributes = TestData.map("k", 1);
        graph.addNodes(ids);
        graph.addNode("c", attributes);
        graph.addEdge("a", "b", attributes);
        graph.mergeNode("a", attributes);
        Snapshot before = Snapshot.of(graph);
        ids.add("z");
        ids.set(0, "y");
        attributes.put("k", 2);
        attributes.put("j", 3);
        before.assertUnchanged(graph);
    }

    @GraphTest
    void returnedMapsAreEqualToFreshOnesButNotLinked(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.setNodeAttribute("a", "k", 1);
        Map<String, Object> first = graph.nodeAttributes("a");
        Map<String, Object> second = graph.nodeAttributes("a");
        assertEquals(first, second);
        graph.setNodeAttribute("a", "k", 2);
        assertEquals(Map.of("k", 1L), first);
        assertEquals(Map.of("k", 1L), second);
        assertEquals(Map.of("k", 2L), graph.nodeAttributes("a"));
    }
}
