package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.NodeNotFoundException;
import io.gli.Topology;
import io.gli.algo.BfsResult;
import io.gli.algo.DfsResult;
import io.gli.algo.Direction;
import io.gli.algo.Traversal;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth- and depth-first search on every backend: the same visits as the kit's {@link
 * SearchReference} over the graph's ID-level reads, on every {@link GraphShapes} shape, in every
 * direction, from single and several sources; the same arrays from the backend's topology as from
 * the kit's own ({@link KitTopology}); hand-checked orders on small graphs.
 */
public class TraversalTests {

    /** A few sources of each shape: its first, middle and last node. */
    static List<String> sampleSources(Graph graph) {
        List<String> nodes = graph.nodes();
        if (nodes.isEmpty()) {
            return List.of();
        }
        return List.of(nodes.get(0), nodes.get(nodes.size() / 2), nodes.get(nodes.size() - 1));
    }

    /** The result's findings by ID, as the reference gives them. */
    private static SearchReference.Bfs byId(BfsResult result) {
        Topology topology = result.topology();
        Map<String, Integer> distances = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int v : result.order()) {
            String id = topology.id(v);
            order.add(id);
            distances.put(id, result.distances().get(v));
            if (result.parents().isPresent(v)) {
                parents.put(id, topology.id(result.parents().get(v)));
            }
        }
        return new SearchReference.Bfs(distances, parents, order);
    }

    private static void assertSameAsReference(List<GraphShapes.Shape> shapes) {
        for (GraphShapes.Shape shape : shapes) {
            Graph graph = shape.graph();
            Topology topology = graph.topology();
            Topology kit = KitTopology.of(graph, null);
            for (Direction direction : Direction.values()) {
                for (String source : sampleSources(graph)) {
                    String what = shape + ", " + direction + " from " + source;
                    BfsResult bfs = Traversal.bfs(topology, source, direction);
                    assertEquals(
                            SearchReference.bfs(graph, List.of(source), direction),
                            byId(bfs),
                            "BFS on " + what);
                    assertEquals(
                            bfs.reachedCount(),
                            SearchReference.bfs(graph, List.of(source), direction).order().size(),
                            "reached count on " + what);
                    assertSameArrays(bfs, Traversal.bfs(kit, source, direction), what);
                    DfsResult dfs = Traversal.dfs(topology, source, direction);
                    SearchReference.Dfs expected =
                            SearchReference.dfs(graph, List.of(source), direction);
                    assertEquals(expected.preorder(), dfs.preorderIds(), "DFS preorder on " + what);
                    assertEquals(
                            expected.postorder(), dfs.postorderIds(), "DFS postorder on " + what);
                    assertArrayEquals(
                            dfs.postorder(),
                            Traversal.dfs(kit, source, direction).postorder(),
                            "DFS on the kit's topology, " + what);
                }
                List<String> sources = new ArrayList<>(sampleSources(graph));
                sources.addAll(sampleSources(graph)); // each again: counted once
                String what = shape + ", " + direction + " from " + sources;
                BfsResult multi = Traversal.bfs(topology, sources, direction);
                assertEquals(
                        SearchReference.bfs(graph, sources, direction),
                        byId(multi),
                        "multi-source BFS on " + what);
                assertSameArrays(multi, Traversal.bfs(kit, sources, direction), what);
                DfsResult forest = Traversal.dfs(topology, direction);
                SearchReference.Dfs expected = SearchReference.dfs(graph, graph.nodes(), direction);
                assertEquals(expected.preorder(), forest.preorderIds(), "DFS forest on " + what);
                assertEquals(expected.postorder(), forest.postorderIds(), "DFS forest on " + what);
                assertArrayEquals(
                        forest.preorder(),
                        Traversal.dfs(kit, direction).preorder(),
                        "DFS forest on the kit's topology, " + what);
            }
        }
    }

    private static void assertSameArrays(BfsResult result, BfsResult onKit, String what) {
        assertArrayEquals(onKit.order(), result.order(), "order, kit's topology, " + what);
        assertArrayEquals(
                onKit.distances().toArray(),
                result.distances().toArray(),
                "distances, kit's topology, " + what);
        assertArrayEquals(
                onKit.parents().toArray(),
                result.parents().toArray(),
                "parents, kit's topology, " + what);
    }

    @GraphTest
    void searchesMatchTheReferenceOnEveryShape(Fixture fixture) {
        assertSameAsReference(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void searchesMatchTheReferenceWithSelfLoops(Fixture fixture) {
        assertSameAsReference(GraphShapes.withLoops(fixture));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void directedSearchesFollowTheDirectionAskedFor(Fixture fixture) {
        // a -> b -> d, a -> c -> d, d -> e, f -> a; g alone
        Graph graph = HandGraphs.of(fixture, "a b c d e f g", "a>b a>c b>d c>d d>e f>a");
        Topology topology = graph.topology();
        BfsResult out = Traversal.bfs(topology, "a", Direction.OUT);
        assertEquals(List.of("a", "b", "c", "d", "e"), ids(topology, out.order()));
        assertArrayEquals(new int[] {0, 1, 1, 2, 3, -1, -1}, out.distances().toArray());
        assertEquals(List.of("a", "b", "d", "e"), out.pathTo("e"));
        assertEquals(List.of(), out.pathTo("f"));
        BfsResult in = Traversal.bfs(topology, "d", Direction.IN);
        assertEquals(List.of("d", "b", "a", "f"), in.pathTo("f"));
        BfsResult both = Traversal.bfs(topology, "b", Direction.BOTH);
        assertEquals(List.of("b", "d", "a", "e", "c", "f"), ids(topology, both.order()));
        DfsResult dfs = Traversal.dfs(topology, "d", Direction.BOTH);
        assertEquals(List.of("d", "e", "b", "a", "c", "f"), dfs.preorderIds());
        assertEquals(List.of("e", "c", "f", "a", "b", "d"), dfs.postorderIds());
        DfsResult forest = Traversal.dfs(topology, Direction.OUT);
        assertEquals(List.of("a", "b", "d", "e", "c", "f", "g"), forest.preorderIds());
        assertEquals(List.of("e", "d", "b", "c", "a", "f", "g"), forest.postorderIds());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedSearchesReadTheNeighborsInEveryDirection(Fixture fixture) {
        Graph graph = HandGraphs.of(fixture, "a b c d e", "b>a b>c c>d a>e");
        Topology topology = graph.topology();
        for (Direction direction : Direction.values()) {
            BfsResult bfs = Traversal.bfs(topology, "c", direction);
            assertEquals(List.of("c", "b", "d", "a", "e"), ids(topology, bfs.order()));
            assertEquals(List.of("c", "b", "a", "e"), bfs.pathTo("e"));
            DfsResult dfs = Traversal.dfs(topology, "a", direction);
            assertEquals(List.of("a", "b", "c", "d", "e"), dfs.preorderIds());
            assertEquals(List.of("d", "c", "b", "e", "a"), dfs.postorderIds());
        }
        BfsResult multi = Traversal.bfs(topology, List.of("e", "d", "e"), Direction.OUT);
        assertArrayEquals(new int[] {1, 2, 1, 0, 0}, multi.distances().toArray());
        assertEquals(List.of("e", "a", "b"), multi.pathTo("b"));
    }

    @GraphTest
    void unknownSourcesAreRefusedByName(Fixture fixture) {
        Graph graph = HandGraphs.of(fixture, "a b", "a>b");
        Topology topology = graph.topology();
        assertEquals(
                "zz",
                assertThrows(
                                NodeNotFoundException.class,
                                () -> Traversal.bfs(topology, "zz", Direction.OUT))
                        .nodeId());
        assertEquals(
                "zz",
                assertThrows(
                                NodeNotFoundException.class,
                                () -> Traversal.bfs(topology, List.of("a", "zz"), Direction.IN))
                        .nodeId());
        assertEquals(
                "zz",
                assertThrows(
                                NodeNotFoundException.class,
                                () -> Traversal.dfs(topology, "zz", Direction.BOTH))
                        .nodeId());
    }

    static List<String> ids(Topology topology, int[] nodes) {
        List<String> ids = new ArrayList<>();
        for (int v : nodes) {
            ids.add(topology.id(v));
        }
        return ids;
    }
}
