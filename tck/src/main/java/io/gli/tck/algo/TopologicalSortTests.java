package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.CycleException;
import io.gli.algo.TopologicalSort;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Topological sort on every backend (directed graphs): on an acyclic graph the same order as the
 * kit's {@link OrderReference}, and an order in which every edge points forward; on a cyclic one a
 * {@link CycleException} naming a real cycle of the graph, from its lowest-indexed node; the same
 * from the backend's topology as from the kit's ({@link KitTopology}); undirected graphs refused.
 */
public class TopologicalSortTests {

    /**
     * Random acyclic graphs: nodes added in a shuffled order, edges from lower to higher number.
     */
    private static List<GraphShapes.Shape> acyclic(Fixture fixture) {
        List<GraphShapes.Shape> shapes = new ArrayList<>();
        for (long seed = 20; seed < 24; seed++) {
            Random random = new Random(seed);
            int n = 30 + random.nextInt(60);
            Graph graph = fixture.open();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            for (int i : order) {
                graph.addNode("n" + i);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < 0.08) {
                        graph.addEdge("n" + i, "n" + j);
                    }
                }
            }
            shapes.add(new GraphShapes.Shape("acyclic " + n + " seed " + seed, graph));
        }
        return shapes;
    }

    private static void assertSameAsReference(List<GraphShapes.Shape> shapes) {
        for (GraphShapes.Shape shape : shapes) {
            Graph graph = shape.graph();
            Topology topology = graph.topology();
            Optional<List<String>> expected = OrderReference.kahn(graph);
            if (expected.isPresent()) {
                List<String> sorted = TopologicalSort.sort(topology);
                assertEquals(expected.get(), sorted, "order on " + shape);
                assertPointsForward(graph, sorted, shape.name());
                assertArrayEquals(
                        TopologicalSort.order(KitTopology.of(graph, null)),
                        TopologicalSort.order(topology),
                        "kit's topology, " + shape);
            } else {
                CycleException e =
                        assertThrows(
                                CycleException.class,
                                () -> TopologicalSort.order(topology),
                                "cycle on " + shape);
                assertRealCycle(graph, e.cycle(), shape.name());
                assertEquals(
                        e.cycle(),
                        assertThrows(
                                        CycleException.class,
                                        () -> TopologicalSort.order(KitTopology.of(graph, null)))
                                .cycle(),
                        "kit's topology, " + shape);
            }
        }
    }

    private static void assertPointsForward(Graph graph, List<String> order, String what) {
        assertEquals(new HashSet<>(graph.nodes()), new HashSet<>(order), "nodes of " + what);
        assertEquals(graph.nodeCount(), order.size(), "each once, " + what);
        for (int i = 0; i < order.size(); i++) {
            for (String w : graph.successors(order.get(i))) {
                assertTrue(order.indexOf(w) > i, order.get(i) + " -> " + w + " on " + what);
            }
        }
    }

    /** Distinct nodes, each with an edge to the next and the last to the first; lowest first. */
    static void assertRealCycle(Graph graph, List<String> cycle, String what) {
        assertFalse(cycle.isEmpty(), "a cycle on " + what);
        assertEquals(cycle.size(), new HashSet<>(cycle).size(), cycle + " on " + what);
        for (int i = 0; i < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get((i + 1) % cycle.size());
            assertTrue(graph.successors(from).contains(to), from + " -> " + to + " on " + what);
        }
        List<String> nodes = graph.nodes();
        for (String v : cycle) {
            assertTrue(
                    nodes.indexOf(cycle.get(0)) <= nodes.indexOf(v),
                    "the cycle " + cycle + " starts at its lowest node, on " + what);
        }
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void ordersMatchTheReferenceOrNameACycle(Fixture fixture) {
        assertSameAsReference(GraphShapes.loopFree(fixture));
        assertSameAsReference(acyclic(fixture));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsAreCycles(Fixture fixture) {
        assertSameAsReference(GraphShapes.withLoops(fixture));
        Graph graph = HandGraphs.of(fixture, "a b", "a>b b>b");
        assertEquals(
                List.of("b"),
                assertThrows(CycleException.class, () -> TopologicalSort.sort(graph.topology()))
                        .cycle());
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void readyNodesAreTakenFirstInFirstOut(Fixture fixture) {
        Graph dag = HandGraphs.of(fixture, "a b c d e", "c>a e>b c>d a>b d>b");
        assertEquals(List.of("c", "e", "a", "d", "b"), TopologicalSort.sort(dag.topology()));
        Graph cyclic = HandGraphs.of(fixture, "d a e c b", "a>b b>c c>e e>b e>d");
        CycleException e =
                assertThrows(CycleException.class, () -> TopologicalSort.sort(cyclic.topology()));
        assertEquals(List.of("e", "b", "c"), e.cycle());
        assertTrue(e.getMessage().contains("\"e\" -> \"b\" -> \"c\" -> \"e\""), e.getMessage());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedGraphsAreRefused(Fixture fixture) {
        Graph graph = HandGraphs.of(fixture, "a b", "a>b");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> TopologicalSort.order(graph.topology()));
        assertTrue(e.getMessage().contains("undirected"), e.getMessage());
    }
}
