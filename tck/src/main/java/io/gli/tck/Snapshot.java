package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gli.Edge;
import io.gli.Graph;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.function.Executable;

/**
 * The observable state of a graph at one moment: its counts, its node IDs in order, its edges with
 * their attributes in order, the attributes of every node, and every node's successors,
 * predecessors and neighbors in order with its degrees. Two snapshots are equal when the graph
 * looked exactly the same both times; tests take one before an operation that must fail and
 * {@linkplain #assertUnchanged compare} afterwards.
 *
 * <p>Adjacency follows from the edge list when a backend is correct ({@link Invariants} checks that
 * it does); it is recorded as well so that a failed operation which corrupts only a node's lists,
 * or only a count, is caught where it happens.
 */
public final class Snapshot {
    private final List<Integer> counts;
    private final List<String> nodes;
    private final List<Edge> edges;
    private final Map<String, Map<String, Object>> nodeAttributes;
    private final Map<String, List<Object>> adjacency;

    private Snapshot(
            List<Integer> counts,
            List<String> nodes,
            List<Edge> edges,
            Map<String, Map<String, Object>> nodeAttributes,
            Map<String, List<Object>> adjacency) {
        this.counts = counts;
        this.nodes = nodes;
        this.edges = edges;
        this.nodeAttributes = nodeAttributes;
        this.adjacency = adjacency;
    }

    /** Records the state of {@code graph}, which no other thread may be writing. */
    public static Snapshot of(Graph graph) {
        List<String> nodes = List.copyOf(graph.nodes());
        List<Edge> edges =
                graph.edges().stream()
                        .map(e -> new Edge(e.source(), e.target(), Map.copyOf(e.attributes())))
                        .toList();
        Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();
        Map<String, List<Object>> adjacency = new LinkedHashMap<>();
        for (String node : nodes) {
            attributes.put(node, Map.copyOf(graph.nodeAttributes(node)));
            adjacency.put(
                    node,
                    List.of(
                            graph.successors(node),
                            graph.predecessors(node),
                            graph.neighbors(node),
                            graph.outDegree(node),
                            graph.inDegree(node),
                            graph.degree(node)));
        }
        return new Snapshot(
                List.of(graph.nodeCount(), graph.edgeCount()),
                nodes,
                edges,
                Collections.unmodifiableMap(attributes),
                Collections.unmodifiableMap(adjacency));
    }

    /** The node IDs, in node order. */
    public List<String> nodes() {
        return nodes;
    }

    /** The edges with their attributes, in edge order. */
    public List<Edge> edges() {
        return edges;
    }

    /** Each node's attributes, keyed by node ID in node order. */
    public Map<String, Map<String, Object>> nodeAttributes() {
        return nodeAttributes;
    }

    /** Asserts that {@code graph} looks exactly as it did when this snapshot was taken. */
    public void assertUnchanged(Graph graph) {
        assertMatches(of(graph), "graph changed");
    }

    /** Asserts that {@code other} records the same state as this snapshot. */
    public void assertMatches(Snapshot other, String message) {
        assertEquals(counts, other.counts, () -> message + ": [nodeCount, edgeCount]");
        assertEquals(nodes, other.nodes, () -> message + ": node list");
        assertEquals(edges, other.edges, () -> message + ": edge list");
        assertEquals(nodeAttributes, other.nodeAttributes, () -> message + ": node attributes");
        assertEquals(
                adjacency,
                other.adjacency,
                () ->
                        message
                                + ": adjacency [successors, predecessors, neighbors, outDegree, inDegree, degree]");
    }

    /**
     * Asserts that {@code call} throws {@code type} and leaves {@code graph} exactly as it was;
     * returns the exception for further checks.
     */
    public static <T extends Throwable> T assertFailsUnchanged(
            Graph graph, Class<T> type, Executable call) {
        return assertFailsUnchanged(graph, type, call, "failed call");
    }

    /**
     * Like {@link #assertFailsUnchanged(Graph, Class, Executable)}, with {@code what} in failure
     * messages.
     */
    public static <T extends Throwable> T assertFailsUnchanged(
            Graph graph, Class<T> type, Executable call, String what) {
        Snapshot before = of(graph);
        T thrown = assertThrows(type, call, what);
        before.assertMatches(of(graph), what + " changed the graph");
        return thrown;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s
                && counts.equals(s.counts)
                && adjacency.equals(s.adjacency)
                && nodes.equals(s.nodes)
                && edges.equals(s.edges)
                && nodeAttributes.equals(s.nodeAttributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, nodes, edges, nodeAttributes, adjacency);
    }

    @Override
    public String toString() {
        return "Snapshot[counts="
                + counts
                + ", nodes="
                + nodes
                + ", edges="
                + edges
                + ", nodeAttributes="
                + nodeAttributes
                + ", adjacency="
                + adjacency
                + "]";
    }
}
