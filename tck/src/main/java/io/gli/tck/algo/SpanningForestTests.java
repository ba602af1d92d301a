package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.algo.SpanningForest;
import io.gli.algo.SpanningForestResult;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimum spanning forests: the total weight of the kit's own Prim forest (a different algorithm
 * with the same optimum), one edge fewer than nodes per component, every chosen edge an edge of the
 * graph with its weight and no cycle among them; identical on the backend's topology and the kit's;
 * refused on directed graphs.
 */
public class SpanningForestTests {

    private static double weight(Graph graph, String a, String b) {
        return ((Number) graph.edgeAttribute(a, b, GraphShapes.WEIGHT).orElseThrow()).doubleValue();
    }

    /**
     * Prim's algorithm from each not yet reached node in turn, by scanning every crossing edge for
     * the lightest (quadratic, and plain): the forest's total weight and edge count.
     */
    private static double[] referencePrim(Graph graph) {
        Set<String> reached = new HashSet<>();
        double total = 0;
        int edges = 0;
        for (String root : graph.nodes()) {
            if (!reached.add(root)) {
                continue;
            }
            Set<String> tree = new HashSet<>(List.of(root));
            while (true) {
                double best = Double.POSITIVE_INFINITY;
                String next = null;
                for (String inside : tree) {
                    for (String other : graph.neighbors(inside)) {
                        if (!tree.contains(other)) {
                            double w = weight(graph, inside, other);
                            if (next == null || w < best) {
                                best = w;
                                next = other;
                            }
                        }
                    }
                }
                if (next == null) {
                    break;
                }
                tree.add(next);
                reached.add(next);
                total += best;
                edges++;
            }
        }
        return new double[] {total, edges};
    }

    /** The root of {@code id}'s set in a map-based union-find. */
    private static String root(Map<String, String> parent, String id) {
        String at = id;
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private static void check(Shape shape) {
        Graph graph = shape.graph();
        SpanningForestResult forest = SpanningForest.minimum(graph.topology(GraphShapes.WEIGHT));
        double[] prim = referencePrim(graph);
        // weights are halves and small integers: every order of summing them is exact
        assertEquals(prim[0], forest.totalWeight(), shape + ": total weight");
        assertEquals((int) prim[1], forest.edgeCount(), shape + ": edge count");
        assertEquals(forest.edgeCount(), forest.edges().size(), shape.toString());
        Map<String, String> parent = new HashMap<>();
        graph.nodes().forEach(id -> parent.put(id, id));
        double sum = 0;
        for (Edge edge : forest.edges()) {
            assertTrue(graph.hasEdge(edge.source(), edge.target()), shape + ": " + edge);
            double w = weight(graph, edge.source(), edge.target());
            assertEquals(Map.of(GraphShapes.WEIGHT, w), edge.attributes(), shape + ": " + edge);
            String a = root(parent, edge.source());
            String b = root(parent, edge.target());
            assertNotEquals(a, b, shape + ": " + edge + " closes a cycle");
            parent.put(a, b);
            sum += w;
        }
        assertEquals(forest.totalWeight(), sum, shape.toString());
        SpanningForestResult kit =
                SpanningForest.minimum(KitTopology.of(graph, GraphShapes.WEIGHT));
        assertArrayEquals(kit.slots(), forest.slots(), shape + ": kit topology");
        assertEquals(kit.edges(), forest.edges(), shape + ": kit topology");
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void forestIsMinimalAndSpansEveryComponent(Fixture fixture) {
        GraphShapes.loopFree(fixture).forEach(SpanningForestTests::check);
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsAreNeverChosen(Fixture fixture) {
        for (Shape shape : GraphShapes.withLoops(fixture)) {
            check(shape);
            for (Edge edge :
                    SpanningForest.minimum(shape.graph().topology(GraphShapes.WEIGHT)).edges()) {
                assertFalse(edge.isSelfLoop(), shape + ": " + edge);
            }
        }
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void squareWithADiagonal(Fixture fixture) {
        Graph graph = EdgeText.graph(fixture, "a b c d | a-b:1 b-c:2 c-d:1 d-a:2 a-c:1.5");
        SpanningForestResult forest = SpanningForest.minimum(graph.topology(GraphShapes.WEIGHT));
        assertEquals(3.5, forest.totalWeight());
        // equal weights in slot order: a's list comes before c's
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of(GraphShapes.WEIGHT, 1.0)),
                        new Edge("c", "d", Map.of(GraphShapes.WEIGHT, 1.0)),
                        new Edge("a", "c", Map.of(GraphShapes.WEIGHT, 1.5))),
                forest.edges());
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void directedGraphsAreRefused(Fixture fixture) {
        Graph graph = EdgeText.graph(fixture, "a b | a-b:1");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SpanningForest.minimum(graph.topology(GraphShapes.WEIGHT)));
        assertTrue(e.getMessage().contains("directed"), e.getMessage());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void unweightedTopologyIsRefused(Fixture fixture) {
        Graph graph = EdgeText.graph(fixture, "a b | a-b:1");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SpanningForest.minimum(graph.topology()));
        assertTrue(e.getMessage().contains("graph.topology(key)"), e.getMessage());
    }

    /** Components by breadth-first search, to count the trees a forest needs. */
    static int components(Graph graph) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (String start : graph.nodes()) {
            if (!seen.add(start)) {
                continue;
            }
            count++;
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (String other : graph.neighbors(queue.poll())) {
                    if (seen.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return count;
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void oneTreePerComponent(Fixture fixture) {
        for (Shape shape : GraphShapes.loopFree(fixture)) {
            Graph graph = shape.graph();
            assertEquals(
                    graph.nodeCount() - components(graph),
                    SpanningForest.minimum(graph.topology(GraphShapes.WEIGHT)).edgeCount(),
                    shape.toString());
        }
    }
}
