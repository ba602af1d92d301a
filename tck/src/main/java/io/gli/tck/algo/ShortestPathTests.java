package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.NodeNotFoundException;
import io.gli.Topology;
import io.gli.algo.BfsResult;
import io.gli.algo.DijkstraResult;
import io.gli.algo.Direction;
import io.gli.algo.ShortestPaths;
import io.gli.algo.Traversal;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest paths on every backend: Dijkstra's distances and parents the same as the kit's {@link
 * PathReference} on every weighted {@link GraphShapes} shape (the shapes' weights are halves, so
 * sums are exact), from the backend's topology as from the kit's ({@link KitTopology}); each path's
 * summed weight its distance; unweighted paths as breadth-first search; bad weights refused naming
 * the edge; hand-checked routes.
 */
public class ShortestPathTests {
    private static final String W = GraphShapes.WEIGHT;

    private static void assertSameAsReference(List<GraphShapes.Shape> shapes) {
        for (GraphShapes.Shape shape : shapes) {
            Graph graph = shape.graph();
            Topology weighted = graph.topology(W);
            Topology kit = KitTopology.of(graph, W);
            Topology plain = graph.topology();
            for (String source : TraversalTests.sampleSources(graph)) {
                String what = shape + " from " + source;
                DijkstraResult result = ShortestPaths.dijkstra(weighted, source);
                PathReference.Dijkstra expected = PathReference.dijkstra(graph, source, W);
                Map<String, Double> distances = new LinkedHashMap<>();
                Map<String, String> parents = new LinkedHashMap<>();
                for (int v = 0; v < weighted.nodeCount(); v++) {
                    String id = weighted.id(v);
                    if (result.distances().isPresent(v)) {
                        distances.put(id, result.distances().get(v));
                    }
                    if (result.parents().isPresent(v)) {
                        parents.put(id, weighted.id(result.parents().get(v)));
                    }
                }
                assertEquals(
                        new LinkedHashMap<>(expected.distances()).keySet(),
                        distances.keySet(),
                        "reached on " + what);
                assertEquals(expected.distances(), distances, "distances on " + what);
                assertEquals(expected.parents(), parents, "parents on " + what);
                DijkstraResult onKit = ShortestPaths.dijkstra(kit, source);
                assertArrayEquals(
                        onKit.distances().toArray(),
                        result.distances().toArray(),
                        "kit's topology, " + what);
                assertArrayEquals(
                        onKit.parents().toArray(),
                        result.parents().toArray(),
                        "kit's topology, " + what);
                BfsResult hops = ShortestPaths.unweighted(plain, source);
                for (String target : TraversalTests.sampleSources(graph)) {
                    List<String> path = ShortestPaths.path(weighted, source, target);
                    assertEquals(result.pathTo(target), path, "path on " + what + " to " + target);
                    if (path.isEmpty()) {
                        assertEquals(
                                Double.POSITIVE_INFINITY,
                                result.distanceTo(target),
                                "distance on " + what + " to " + target);
                    } else {
                        assertEquals(
                                result.distanceTo(target),
                                PathReference.length(graph, path, W),
                                "the path's weight on " + what + " to " + target);
                    }
                    assertEquals(
                            hops.pathTo(target),
                            ShortestPaths.path(plain, source, target),
                            "unweighted path on " + what + " to " + target);
                }
                assertArrayEquals(
                        Traversal.bfs(plain, source, Direction.OUT).distances().toArray(),
                        hops.distances().toArray(),
                        "hops on " + what);
            }
        }
    }

    @GraphTest
    void dijkstraMatchesTheReferenceOnEveryShape(Fixture fixture) {
        assertSameAsReference(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void dijkstraMatchesTheReferenceWithSelfLoops(Fixture fixture) {
        assertSameAsReference(GraphShapes.withLoops(fixture));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void theLightWayRoundBeatsTheShortCut(Fixture fixture) {
        Graph graph =
                HandGraphs.of(fixture, "s a b t x", "s>t:5 s>a:1 a>b:0.5 b>t:1.5 t>s:1 x>s:1");
        Topology topology = graph.topology(W);
        DijkstraResult result = ShortestPaths.dijkstra(topology, "s");
        assertEquals(List.of("s", "a", "b", "t"), result.pathTo("t"));
        assertEquals(3.0, result.distanceTo("t"));
        assertEquals(Double.POSITIVE_INFINITY, result.distanceTo("x"));
        assertEquals(List.of(), result.pathTo("x"));
        assertEquals(List.of("s", "a", "b", "t"), ShortestPaths.path(topology, "s", "t"));
        assertEquals(List.of("s", "t"), ShortestPaths.path(graph.topology(), "s", "t"));
        assertEquals(List.of("x", "s", "a"), ShortestPaths.path(topology, "x", "a"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedEdgesLeadBothWays(Fixture fixture) {
        Graph graph = HandGraphs.of(fixture, "a b c d", "b>a:2 c>b:2 a>d:1 d>c:1");
        DijkstraResult result = ShortestPaths.dijkstra(graph.topology(W), "a");
        assertEquals(List.of("a", "d", "c"), result.pathTo("c"));
        assertEquals(2.0, result.distanceTo("c"));
        // b at 2 directly (4 through d and c)
        assertEquals(List.of("a", "b"), result.pathTo("b"));
    }

    @GraphTest
    void aNegativeWeightIsRefusedNamingTheEdgeKeyAndValue(Fixture fixture) {
        Graph graph = HandGraphs.of(fixture, "a b c", "a>b:1 b>c:-2");
        Topology topology = graph.topology(W);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ShortestPaths.dijkstra(topology, "a"));
        for (String part : List.of("\"b\"", "\"c\"", "\"w\"", "-2")) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
        IllegalArgumentException none =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ShortestPaths.dijkstra(graph.topology(), "a"));
        assertTrue(none.getMessage().contains("graph.topology(key)"), none.getMessage());
        assertThrows(NodeNotFoundException.class, () -> ShortestPaths.dijkstra(topology, "zz"));
        assertThrows(NodeNotFoundException.class, () -> ShortestPaths.path(topology, "a", "zz"));
    }
}
